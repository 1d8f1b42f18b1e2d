import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import type { AccessRequirement, ApiScope, Role } from '@mpp/domain';
import type { DeviceKind } from '@mpp/persistence';

import { ErrorResponseDto } from '../errors/error-body';

export const ACCESS_RULE = 'mpp:access-rule';
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';
export const API_KEY_HEADER = 'x-api-key';
export const LOGIN_RATE_LIMIT = 'mpp:login-rate-limit';

/** Routes that take credentials get the stricter login budget per client (RATE_LIMIT_LOGIN_PER_MINUTE). */
export const LoginRateLimit = (): MethodDecorator => SetMetadata(LOGIN_RATE_LIMIT, true);

/** Where a route finds the region it acts on, so the guard can check it before the handler runs. */
export interface RegionSource {
  in: 'param' | 'query' | 'body';
  name: string;
}

/** How a route is reached. Every route declares one; a route without one is refused. */
export type AccessRule =
  | { kind: 'public'; reason: string; integrators?: IntegratorAccess }
  | { kind: 'authenticated'; apiKeys: boolean }
  | { kind: 'restricted'; requirement: AccessRequirement; region?: RegionSource }
  | {
      kind: 'device';
      devices: readonly DeviceKind[];
      region: RegionSource;
      site: RegionSource;
      otherwisePublic?: string;
      integrators?: IntegratorAccess;
    };

/**
 * An open route that an integrator may also call under its own API key: a key sent with it must
 * be live, hold `apiScope` and reach the region read from `region`; the caller then acts as that
 * key (its own rate budget, its id in the audit trail) instead of as an anonymous client.
 */
export interface IntegratorAccess {
  apiScope: ApiScope;
  region: RegionSource;
}

export const DEVICE_SCHEME = 'device-token';

/**
 * Marks a route as open to anyone, on purpose: the reason is required so a reviewer sees why.
 * The OpenAPI document shows it as `x-access: public` with an empty security list.
 */
export function PublicAccess(reason: string, options: { integrators?: IntegratorAccess } = {}): MethodDecorator & ClassDecorator {
  if (reason.trim().length < 10) throw new Error('PublicAccess needs a reason a reviewer can check');
  const rule: AccessRule = { kind: 'public', reason, integrators: options.integrators };
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', rule),
    ...(options.integrators ? integratorDocs(options.integrators) : []),
  );
}

/** The document's side of IntegratorAccess: anonymous or an API key, and the answers a key can get. */
function integratorDocs(integrators: IntegratorAccess): (MethodDecorator & ClassDecorator)[] {
  return [
    ApiSecurity({}),
    ApiSecurity(API_KEY_SCHEME),
    ApiUnauthorizedResponse({
      type: ErrorResponseDto,
      description: 'API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked',
    }),
    ApiForbiddenResponse({
      type: ErrorResponseDto,
      description: `API_SCOPE_MISSING (the key lacks ${integrators.apiScope}) or OUT_OF_SCOPE (the key is for another region)`,
    }),
  ];
}

/** Any signed-in staff member (and, with `apiKeys`, any valid API key), whatever the role. */
export function AuthenticatedAccess(options: { apiKeys: boolean }): MethodDecorator & ClassDecorator {
  const rule: AccessRule = { kind: 'authenticated', apiKeys: options.apiKeys };
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', rule),
    ApiBearerAuth(BEARER_SCHEME),
    ...(options.apiKeys ? [ApiSecurity(API_KEY_SCHEME)] : []),
    ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'UNAUTHENTICATED: no valid token or key' }),
  );
}

/**
 * Staff with one of `roles` whose scope covers the target region (read from `region`), or an
 * integrator's key with `apiScope` for that region. The guard decides with `decideAccess`.
 */
export function RestrictedAccess(options: {
  roles: readonly Role[];
  apiScope?: ApiScope;
  region?: RegionSource;
}): MethodDecorator & ClassDecorator {
  const rule: AccessRule = {
    kind: 'restricted',
    requirement: { roles: options.roles, apiScope: options.apiScope },
    region: options.region,
  };
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', { kind: 'restricted', roles: options.roles, apiScope: options.apiScope, region: options.region }),
    ApiBearerAuth(BEARER_SCHEME),
    ...(options.apiScope ? [ApiSecurity(API_KEY_SCHEME)] : []),
    ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'UNAUTHENTICATED: no valid token or key' }),
    ApiForbiddenResponse({ type: ErrorResponseDto, description: 'ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE' }),
    ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED, with Retry-After' }),
  );
}

/**
 * A registered kiosk or board of the site named by `site` in region `region` (X-Device-Token).
 * With `otherwisePublic` (its reason) a caller without a token is served too, as the public:
 * a phone takes a ticket as a citizen, a kiosk as the mall's own device (its own rate budget,
 * and it may mark priority visitors). A token that is wrong, revoked or of another site is refused.
 */
export function DeviceAccess(options: {
  devices: readonly DeviceKind[];
  region: RegionSource;
  site: RegionSource;
  otherwisePublic?: string;
  integrators?: IntegratorAccess;
}): MethodDecorator & ClassDecorator {
  const rule: AccessRule = { kind: 'device', ...options };
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', rule),
    ApiSecurity(DEVICE_SCHEME),
    ...(options.integrators ? [ApiSecurity(API_KEY_SCHEME)] : []),
    ...(options.otherwisePublic ? [ApiSecurity({})] : []),
    ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID' }),
    ApiForbiddenResponse({
      type: ErrorResponseDto,
      description: 'DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind',
    }),
    ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED, with Retry-After' }),
  );
}
