import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { decideAccess, type Principal, RegionCode } from '@mpp/domain';

import { ApiError } from '../errors/error-body';
import { ACCESS_RULE, type AccessRule, API_KEY_HEADER, type IntegratorAccess, type RegionSource } from './access.decorators';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { AuditLog } from './audit-log.service';
import { BearerAuthenticator } from './bearer-authenticator';
import { DEVICE_TOKEN_HEADER, DeviceAuthenticator } from './device-authenticator';
import type { AccessRequest } from './request-context';

/**
 * Global guard: decides every request from the route's declared access rule, with the one
 * policy in `@mpp/domain` (`decideAccess`). A route that declares no rule is refused (fail
 * closed), so nothing becomes public by accident; the access-rule test finds such routes.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');
  /** Each route's rule, read from its metadata on its first request: decorators do not change at run time. */
  private readonly rules = new WeakMap<object, WeakMap<object, AccessRule | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthenticator,
    private readonly audit: AuditLog,
    private readonly devices: DeviceAuthenticator,
    private readonly bearer: BearerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.ruleOf(context);
    if (!rule) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new ApiError(403, 'ACCESS_RULE_MISSING', 'This route declares no access rule and is closed');
    }
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const key = request.headers[API_KEY_HEADER];
    if ((rule.kind === 'public' || rule.kind === 'device') && rule.integrators && typeof key === 'string' && key.length > 0) {
      return this.admitIntegrator(request, key, rule.integrators);
    }
    if (rule.kind === 'public') return true;
    if (rule.kind === 'device') return this.admitDevice(request, rule);
    const principal = await this.authenticate(request, rule);
    request.principal = principal;
    if (rule.kind === 'authenticated') return true;
    // A password an admin set is known to two people: until the account chooses its own, it may
    // only see who it is and change the password (both 'authenticated' routes), and sign out.
    if (principal.kind === 'staff' && principal.mustChangePassword) {
      throw new ApiError(403, 'PASSWORD_CHANGE_REQUIRED', 'Choose a new password first (POST /v1/auth/password): an admin set this one');
    }

    const regionCode = readRegion(request, rule.region);
    if (rule.region && regionCode === undefined && readRaw(request, rule.region) !== undefined) {
      // A malformed code names no region: with an all-regions key or a national admin it would
      // otherwise pass the policy and reach the handler (and its audit record) as it is.
      throw new ApiError(400, 'REGION_CODE_INVALID', 'The region code must be a kabupaten/kota code such as "32.71"', [
        { path: rule.region.name, message: `${rule.region.name} must be a kabupaten/kota code such as 32.71` },
      ]);
    }
    const decision = decideAccess(principal, rule.requirement, { regionCode });
    if (decision.allowed) {
      request.accessRegion = regionCode;
      return true;
    }
    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      principal,
      regionCode,
      requestId: String(request.id),
      details: { code: decision.code, route: request.routeOptions?.url, method: request.method },
    });
    throw new ApiError(403, decision.code, denialMessage(decision.code));
  }

  private ruleOf(context: ExecutionContext): AccessRule | null {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byController = this.rules.get(handler);
    if (!byController) this.rules.set(handler, (byController = new WeakMap()));
    let rule = byController.get(controller);
    if (rule === undefined) {
      rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]) ?? null;
      byController.set(controller, rule);
    }
    return rule;
  }

  /** An integrator on an open route: the key must be live, hold the scope and reach the region. */
  private async admitIntegrator(request: AccessRequest, key: string, integrators: IntegratorAccess): Promise<boolean> {
    const principal = await this.apiKeys.authenticate(key);
    request.principal = principal;
    const regionCode = readRegion(request, integrators.region);
    const decision = decideAccess(principal, { roles: [], apiScope: integrators.apiScope }, { regionCode });
    if (decision.allowed) {
      request.accessRegion = regionCode;
      return true;
    }
    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      principal,
      regionCode,
      requestId: String(request.id),
      details: { code: decision.code, route: request.routeOptions?.url, method: request.method },
    });
    throw new ApiError(403, decision.code, denialMessage(decision.code));
  }

  private async admitDevice(request: AccessRequest, rule: Extract<AccessRule, { kind: 'device' }>): Promise<boolean> {
    const token = request.headers[DEVICE_TOKEN_HEADER];
    if (typeof token !== 'string' || token.length === 0) {
      if (rule.otherwisePublic) return true;
      throw new ApiError(
        401,
        'DEVICE_TOKEN_REQUIRED',
        'This route is for the registered kiosks and boards of the site: send X-Device-Token',
      );
    }
    const device = await this.devices.authenticate(token);
    const regionCode = readRaw(request, rule.region);
    const siteCode = readRaw(request, rule.site);
    if (!rule.devices.includes(device.kind) || device.regionCode !== regionCode || device.siteCode !== siteCode) {
      throw new ApiError(
        403,
        'DEVICE_OUT_OF_SCOPE',
        `This ${device.kind} is registered to another site, or this route is not for a ${device.kind}`,
      );
    }
    request.device = device;
    return true;
  }

  private async authenticate(
    request: AccessRequest,
    rule: Exclude<AccessRule, { kind: 'public' } | { kind: 'device' }>,
  ): Promise<Principal> {
    const key = request.headers[API_KEY_HEADER];
    if (typeof key === 'string' && key.length > 0) {
      const acceptsKeys = rule.kind === 'authenticated' ? rule.apiKeys : rule.requirement.apiScope !== undefined;
      if (!acceptsKeys) throw new ApiError(403, 'API_SCOPE_MISSING', 'This route is for staff; API keys cannot call it');
      return this.apiKeys.authenticate(key);
    }
    if (!request.headers.authorization) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in: send an access token as "Authorization: Bearer ..." or an API key as X-API-Key');
    }
    return this.bearer.authenticate(request.headers.authorization);
  }
}

function readRaw(request: AccessRequest, source: RegionSource): unknown {
  const container = (source.in === 'param' ? request.params : source.in === 'query' ? request.query : request.body) as
    | Record<string, unknown>
    | undefined;
  return container?.[source.name];
}

function readRegion(request: AccessRequest, source: RegionSource | undefined): string | undefined {
  if (!source) return undefined;
  const container = (source.in === 'param' ? request.params : source.in === 'query' ? request.query : request.body) as
    | Record<string, unknown>
    | undefined;
  const value = container?.[source.name];
  // A malformed code is left to validation (400); it cannot name another region anyway.
  return typeof value === 'string' && RegionCode.isValid(value) ? value : undefined;
}

function denialMessage(code: string): string {
  switch (code) {
    case 'ROLE_NOT_ALLOWED':
      return 'Your role may not do this';
    case 'API_SCOPE_MISSING':
      return 'The API key lacks the scope this route needs';
    default:
      return 'This is outside the region or agency you may act on';
  }
}
