import type { ApiScope, Principal } from './principal';
import { isNationalRole, type Role } from './role';

/** What a route demands: which staff roles, and which API-key scope an integrator needs. */
export interface AccessRequirement {
  roles: readonly Role[];
  apiScope?: ApiScope;
}

/** The tenant data a request touches, when the route knows it before reading. */
export interface AccessTarget {
  regionCode?: string;
  agencyCode?: string;
}

export type AccessDecision = { allowed: true } | { allowed: false; code: 'ROLE_NOT_ALLOWED' | 'API_SCOPE_MISSING' | 'OUT_OF_SCOPE' };

const DENY_ROLE = { allowed: false, code: 'ROLE_NOT_ALLOWED' } as const;
const DENY_SCOPE = { allowed: false, code: 'API_SCOPE_MISSING' } as const;
const OUT_OF_SCOPE = { allowed: false, code: 'OUT_OF_SCOPE' } as const;
const ALLOW = { allowed: true } as const;

/**
 * The one place that decides whether a principal may act on a target. Everything else asks:
 * the access guard before a handler runs, and services for resources found by id.
 */
export function decideAccess(principal: Principal, requirement: AccessRequirement, target: AccessTarget = {}): AccessDecision {
  if (principal.kind === 'api-key') {
    if (!requirement.apiScope || !principal.scopes.includes(requirement.apiScope)) return DENY_SCOPE;
    // Applications hold personal data: a national key, reaching every region, never reads or changes them.
    if (requirement.apiScope.startsWith('applications:') && principal.regionCode === undefined) return OUT_OF_SCOPE;
    return canReach(principal, target) ? ALLOW : OUT_OF_SCOPE;
  }
  if (!requirement.roles.includes(principal.role)) return DENY_ROLE;
  return canReach(principal, target) ? ALLOW : OUT_OF_SCOPE;
}

/** Whether the principal's scope covers the target, whatever the route. */
export function canReach(principal: Principal, target: AccessTarget): boolean {
  if (principal.kind === 'api-key') {
    if (!canReachRegion(principal.regionCode, target.regionCode)) return false;
    // A key bound to an agency reaches only that agency's records.
    return principal.agencyCode === undefined || target.agencyCode === undefined || target.agencyCode === principal.agencyCode;
  }
  if (isNationalRole(principal.role)) return true;
  if (!canReachRegion(principal.regionCode, target.regionCode)) return false;
  if (principal.role === 'region_admin') return true;
  return target.agencyCode === undefined || target.agencyCode === principal.agencyCode;
}

function canReachRegion(own: string | undefined, target: string | undefined): boolean {
  return own === undefined || target === undefined || own === target;
}

/**
 * The region a list query is confined to: a scoped principal sees only its own region,
 * whatever it asked for; undefined means every region.
 */
export function regionFilterFor(principal: Principal, requested?: string): { regionCode?: string } | 'out-of-scope' {
  const own = principal.kind === 'staff' && isNationalRole(principal.role) ? undefined : principal.regionCode;
  if (own === undefined) return { regionCode: requested };
  if (requested !== undefined && requested !== own) return 'out-of-scope';
  return { regionCode: own };
}

/**
 * Whether the principal may see or change a stored record. A record without a region is
 * national (a national admin's account, a national key): only national principals reach it.
 */
export function canReachRecord(principal: Principal, record: { regionCode: string | null; agencyCode?: string | null }): boolean {
  const national = principal.kind === 'staff' ? isNationalRole(principal.role) : principal.regionCode === undefined;
  if (record.regionCode === null) return national;
  return canReach(principal, { regionCode: record.regionCode, agencyCode: record.agencyCode ?? undefined });
}
