import type { Principal } from '@mpp/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { DevicePrincipal } from './device-authenticator';

/** What the access guard leaves on the request for handlers, the audit trail and rate limits. */
export interface AccessRequest extends FastifyRequest {
  principal?: Principal;
  /** The region the guard checked the principal against, when the route names one. */
  accessRegion?: string;
  /** The registered kiosk or board that sent the request (routes with a device rule). */
  device?: DevicePrincipal;
}

export interface RequestMeta {
  requestId: string;
  principal?: Principal;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | undefined => {
  return context.switchToHttp().getRequest<AccessRequest>().principal;
});

export const CurrentRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => {
  const request = context.switchToHttp().getRequest<AccessRequest>();
  return { requestId: String(request.id), principal: request.principal };
});

export const CurrentDevice = createParamDecorator((_data: unknown, context: ExecutionContext): DevicePrincipal | undefined => {
  return context.switchToHttp().getRequest<AccessRequest>().device;
});

/**
 * The raw Accept-Language header, for answers that speak the caller's language. A custom
 * decorator rather than `@Headers('accept-language')`, which the OpenAPI document would list
 * as a required header of the route (and a generated client would then demand it).
 */
export const AcceptLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['accept-language'];
  return Array.isArray(value) ? value[0] : value;
});
