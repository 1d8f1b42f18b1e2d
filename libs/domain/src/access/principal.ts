import type { Role } from './role';

/** Scopes an integrator's API key can carry. */
export const API_SCOPES = [
  'catalog:read',
  'queue:write',
  'identity:verify',
  'audit:read',
  'business:read',
  'vehicle:read',
  'applications:read',
  'applications:write',
  'complaints:read',
  'complaints:write',
  'webhooks:manage',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface StaffPrincipal {
  kind: 'staff';
  accountId: string;
  role: Role;
  regionCode?: string;
  agencyCode?: string;
  counterCode?: string;
  /** Signed in with a password an admin set: only changing it (and signing out) is allowed. */
  mustChangePassword?: boolean;
}

export interface ApiKeyPrincipal {
  kind: 'api-key';
  keyId: string;
  scopes: ApiScope[];
  /** Unset: a national key (issued by a national admin) that reaches every region. */
  regionCode?: string;
  /** Set: the key is an agency's own system and reaches only that agency's records in its region. */
  agencyCode?: string;
}

export type Principal = StaffPrincipal | ApiKeyPrincipal;

/** The principal's identity for audit records: never a secret. */
export function actorOf(principal: Principal): { actorType: Principal['kind']; actorId: string } {
  return principal.kind === 'staff'
    ? { actorType: 'staff', actorId: principal.accountId }
    : { actorType: 'api-key', actorId: principal.keyId };
}

/**
 * Who sees a NIK whole in an answer: the counter staff serving the person in front of them,
 * who typed it. Integrators and admins get it masked (UU 27/2022: no more than the purpose needs).
 */
export function seesWholeNik(principal: Principal): boolean {
  return principal.kind === 'staff' && (principal.role === 'counter_officer' || principal.role === 'agency_supervisor');
}

/**
 * Who reads the bytes of an application's documents (a scanned KTP shows the whole NIK): the
 * handling agency's counter staff and supervisors, and the agency's own system through a key
 * bound to it. Region-wide readers (admins, region keys) keep the metadata list only.
 */
export function mayReadDocumentBytes(principal: Principal): boolean {
  return seesWholeNik(principal) || (principal.kind === 'api-key' && principal.agencyCode !== undefined);
}

/**
 * Who moves an application or attaches its result: the agency's counter staff and supervisors,
 * or the agency's own system through a key bound to it; never a key that spans a region.
 */
export function actsForAgency(principal: Principal): boolean {
  return principal.kind === 'staff' || principal.agencyCode !== undefined;
}
