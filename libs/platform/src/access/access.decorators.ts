import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const ACCESS_RULE = 'mpp:access-rule';

/** How a route is reached. Every route declares one; a route without one is refused. */
export type AccessRule = { kind: 'public'; reason: string };

/**
 * Marks a route as open to anyone, on purpose: the reason is required so a reviewer sees why.
 * The OpenAPI document shows it as `x-access: public` with an empty security list.
 */
export function PublicAccess(reason: string): MethodDecorator & ClassDecorator {
  if (reason.trim().length < 10) throw new Error('PublicAccess needs a reason a reviewer can check');
  const rule: AccessRule = { kind: 'public', reason };
  return applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension('x-access', { kind: 'public', reason }));
}
