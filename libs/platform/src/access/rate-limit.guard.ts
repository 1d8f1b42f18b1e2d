import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';

import type { AppConfig } from '../config/app-config';
import { ApiError } from '../errors/error-body';
import { API_KEY_HEADER } from './access.decorators';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { DEVICE_TOKEN_HEADER, DeviceAuthenticator, type DevicePrincipal } from './device-authenticator';

/** The configured budgets, for the guard. */
export const RATE_LIMITS = Symbol('RATE_LIMITS');

/**
 * Counts requests per live API key (each integrator has its own budget), per registered
 * device, and per client IP otherwise: credentials that do not check out count as the address's. Behind a proxy, set TRUST_PROXY so the IP is the client's.
 * Sign-in routes always count per IP (`clientIpTracker`), whatever headers come with them.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly devices: DeviceAuthenticator,
    private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(RATE_LIMITS) private readonly limits: AppConfig['rateLimits'],
  ) {
    super(options, storage, reflector);
  }

  /** A live API key gets the integrator budget, a registered kiosk or board the device one; anyone else, made-up credentials or not, the public one. */
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name === 'default') {
      const request = props.context.switchToHttp().getRequest<Record<string, unknown>>();
      if (await this.apiKeyOf(request)) return super.handleRequest({ ...props, limit: this.limits.apiKeyPerMinute });
      if (await this.deviceOf(request)) return super.handleRequest({ ...props, limit: this.limits.devicePerMinute });
    }
    return super.handleRequest(props);
  }

  private async apiKeyOf(request: Record<string, unknown>): Promise<string | undefined> {
    const header = (request['headers'] as Record<string, string | undefined>)[API_KEY_HEADER];
    return header ? this.apiKeys.recognise(header) : undefined;
  }

  private async deviceOf(request: Record<string, unknown>): Promise<DevicePrincipal | undefined> {
    const token = (request['headers'] as Record<string, string | undefined>)[DEVICE_TOKEN_HEADER];
    if (!token) return undefined;
    return this.devices.authenticate(token).catch(() => undefined);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const keyId = await this.apiKeyOf(request);
    if (keyId) return `key:${keyId}`;
    // A kiosk serves a whole queue from one address: it has its own budget, not its IP's. Only a
    // token that checks out earns one; made-up tokens would otherwise buy a fresh budget each.
    const device = await this.deviceOf(request);
    return device ? `device:${device.id}` : clientIpTracker(request);
  }

  /** One plain Retry-After (RFC 9110) whichever limit was hit, and our error body. */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(seconds));
    throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} s`);
  }
}

/** The client's address as the tracker: sign-in attempts are counted per IP, whatever else is sent. */
export function clientIpTracker(request: Record<string, unknown>): string {
  return `ip:${String(request['ip'])}`;
}
