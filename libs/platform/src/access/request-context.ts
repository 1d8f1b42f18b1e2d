import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { Principal } from '@mpp/domain';

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

/** The request of a route that admits no anonymous caller: its principal is known. */
export interface ActingRequest {
  requestId: string;
  principal: Principal;
}

/**
 * The principal the access guard admitted, on routes with an authenticated or restricted rule:
 * `@ActingPrincipal() principal: Principal`, instead of casting `request.principal`. On a
 * public route there is none, and using it there is a programming error (500), not a 401.
 */
export const ActingPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  return actingPrincipalOf(context.switchToHttp().getRequest<AccessRequest>());
});

/** The request id with the admitted principal, for services that audit what the principal did. */
export const CurrentActingRequest = createParamDecorator((_data: unknown, context: ExecutionContext): ActingRequest => {
  const request = context.switchToHttp().getRequest<AccessRequest>();
  return { requestId: String(request.id), principal: actingPrincipalOf(request) };
});

function actingPrincipalOf(request: AccessRequest): Principal {
  if (!request.principal) throw new Error('this route admits anonymous callers; it cannot name an acting principal');
  return request.principal;
}

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
