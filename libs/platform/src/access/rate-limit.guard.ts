import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../errors/error-body';
import { API_KEY_HEADER } from './access.decorators';
import { apiKeyPrefixOf } from './api-key-authenticator';
import { DEVICE_TOKEN_HEADER, deviceTokenPrefixOf } from './device-authenticator';

/**
 * Counts requests per API key when one is sent (each integrator has its own budget), per
 * registered device, and per client IP otherwise. Behind a proxy, set TRUST_PROXY so the IP is the client's.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const headers = request['headers'] as Record<string, string | undefined>;
    const prefix = apiKeyPrefixOf(headers[API_KEY_HEADER]);
    if (prefix) return `key:${prefix}`;
    // A kiosk serves a whole queue from one address: it has its own budget, not its IP's.
    const device = deviceTokenPrefixOf(headers[DEVICE_TOKEN_HEADER]);
    return device ? `device:${device}` : `ip:${String(request['ip'])}`;
  }

  /** One plain Retry-After (RFC 9110) whichever limit was hit, and our error body. */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(seconds));
    throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} s`);
  }
}
