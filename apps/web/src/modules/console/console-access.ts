import { type AccessRule, adminAccessRules, apiAccessRules, type ApiSchema } from '@mpp/api-client';

export type Me = ApiSchema<'PrincipalDto'>;
type RuleKey = keyof typeof adminAccessRules | keyof typeof apiAccessRules;

/**
 * Whether the signed-in staff member's role is one the route declares (its `x-access`, from the
 * OpenAPI documents) and, for a route scoped by region, whether the region is theirs. The
 * console shows only the pages and buttons this admits; the API decides every request anyway.
 */
export function allows(me: Me | undefined, route: RuleKey, regionCode?: string): boolean {
  if (!me || me.kind !== 'staff' || !me.role) return false;
  const rule = ((adminAccessRules as Record<string, AccessRule>)[route] ?? (apiAccessRules as Record<string, AccessRule>)[route]) as
    | AccessRule
    | undefined;
  if (!rule) return false;
  if (rule.kind === 'public' || rule.kind === 'authenticated') return true;
  if (rule.kind !== 'restricted' || !rule.roles?.includes(me.role)) return false;
  // A staff member bound to a region reaches that region only; unbound (national) reaches all.
  return !regionCode || !me.regionCode || me.regionCode === regionCode;
}
