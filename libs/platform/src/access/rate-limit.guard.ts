import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import type { AppConfig } from '../config/app-config';
import { ApiError } from '../errors/error-body';
import { API_KEY_HEADER, LOGIN_RATE_LIMIT } from './access.decorators';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { DEVICE_TOKEN_HEADER, DeviceAuthenticator } from './device-authenticator';
import { RATE_LIMIT_STORAGE, type RateLimitStorage } from './rate-limit-counters.storage';

/** The configured budgets, for the guard. */
export const RATE_LIMITS = Symbol('RATE_LIMITS');

/** Every budget is per minute; a caller over it waits out a minute. */
const WINDOW_MS = 60_000;

interface RouteBudget {
  /** Counters are per route: `<Controller>-<handler>`. */
  route: string;
  /** Sign-in routes also count per client IP against the sign-in budget. */
  login: boolean;
}

type Request = { headers: Record<string, string | string[] | undefined>; ip: string };

/**
 * Counts requests per route and per live API key (each integrator has its own budget), per
 * registered device, and per client IP otherwise: credentials that do not check out count as
 * the address's. Behind a proxy, set TRUST_PROXY so the IP is the client's. Sign-in routes
 * also count per IP against the sign-in budget, whatever headers come with them.
 *
 * What @nestjs/throttler's guard did, with the same keys, headers and answers, but with each
 * route's settings read once (not five metadata lookups and a SHA-256 per request) and the
 * caller's credentials recognised once per request (decision 0052).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly routes = new WeakMap<object, RouteBudget>();

  constructor(
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: RateLimitStorage,
    private readonly devices: DeviceAuthenticator,
    private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(RATE_LIMITS) private readonly limits: AppConfig['rateLimits'],
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const budget = this.budgetOf(context);
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();
    const { tracker, limit } = await this.callerOf(request);
    await this.count(reply, `${budget.route}-default-${tracker}`, limit, '');
    if (budget.login) await this.count(reply, `${budget.route}-login-${clientIpTracker(request)}`, this.limits.loginPerMinute, '-login');
    return true;
  }

  private async count(reply: FastifyReply, key: string, limit: number, suffix: string): Promise<void> {
    const { totalHits, timeToExpire, isBlocked, timeToBlockExpire } = await this.storage.increment(
      key,
      WINDOW_MS,
      limit,
      WINDOW_MS,
      suffix === '' ? 'default' : 'login',
    );
    if (isBlocked) {
      // One plain Retry-After (RFC 9110) whichever limit was hit, and our error body.
      const seconds = Math.max(1, Math.ceil(timeToBlockExpire));
      if (suffix) void reply.header(`Retry-After${suffix}`, timeToBlockExpire);
      void reply.header('retry-after', String(seconds));
      throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} s`);
    }
    void reply.header(`X-RateLimit-Limit${suffix}`, limit);
    void reply.header(`X-RateLimit-Remaining${suffix}`, Math.max(0, limit - totalHits));
    void reply.header(`X-RateLimit-Reset${suffix}`, timeToExpire);
  }

  /** The route's counters and whether it is a sign-in route, read from its metadata once. */
  private budgetOf(context: ExecutionContext): RouteBudget {
    const handler = context.getHandler();
    let budget = this.routes.get(handler);
    if (!budget) {
      budget = {
        route: `${context.getClass().name}-${handler.name}`,
        login: Reflect.getMetadata(LOGIN_RATE_LIMIT, handler) === true,
      };
      this.routes.set(handler, budget);
    }
    return budget;
  }

  /**
   * A live API key gets the integrator budget, a registered kiosk or board the device one
   * (a kiosk serves a whole queue from one address); anyone else, made-up credentials or not,
   * counts as its IP with the public one: made-up tokens would otherwise buy a fresh budget each.
   */
  private async callerOf(request: Request): Promise<{ tracker: string; limit: number }> {
    const key = request.headers[API_KEY_HEADER];
    if (typeof key === 'string' && key) {
      const keyId = await this.apiKeys.recognise(key);
      if (keyId) return { tracker: `key:${keyId}`, limit: this.limits.apiKeyPerMinute };
    }
    const token = request.headers[DEVICE_TOKEN_HEADER];
    if (typeof token === 'string' && token) {
      const device = await this.devices.authenticate(token).catch(() => undefined);
      if (device) return { tracker: `device:${device.id}`, limit: this.limits.devicePerMinute };
    }
    return { tracker: clientIpTracker(request), limit: this.limits.publicPerMinute };
  }
}

/** The client's address as the tracker: sign-in attempts are counted per IP, whatever else is sent. */
export function clientIpTracker(request: { ip: string }): string {
  return `ip:${String(request.ip)}`;
}
