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
}

export interface ApiKeyPrincipal {
  kind: 'api-key';
  keyId: string;
  scopes: ApiScope[];
  /** Unset: a national key (issued by a national admin) that reaches every region. */
  regionCode?: string;
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
