import { InvalidValueError } from '../errors/domain-error';
import { RegionCode } from '../regions/region-code';

/**
 * Staff roles. A national admin acts on every region; a national viewer (the ministry's
 * evaluators) reads the national dashboard and changes nothing; a region admin acts on one
 * kabupaten/kota; agency supervisors and counter officers on one agency (instansi) of one
 * region, and a counter officer optionally on one counter (loket) only.
 */
export const ROLES = ['national_admin', 'national_viewer', 'region_admin', 'agency_supervisor', 'counter_officer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that span every region and take no region of their own. */
export const NATIONAL_ROLES: readonly Role[] = ['national_admin', 'national_viewer'];

export function isNationalRole(role: Role): boolean {
  return NATIONAL_ROLES.includes(role);
}

export const AGENCY_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const COUNTER_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface StaffScope {
  role: Role;
  regionCode?: string;
  agencyCode?: string;
  counterCode?: string;
}

/** Checks that a role carries exactly the scope it needs; returns it normalised. */
export function staffScope(input: {
  role: string;
  regionCode?: string | null;
  agencyCode?: string | null;
  counterCode?: string | null;
}): StaffScope {
  const role = input.role as Role;
  if (!ROLES.includes(role)) {
    throw new InvalidValueError('ROLE_INVALID', `role must be one of ${ROLES.join(', ')}`, 'role');
  }
  const regionCode = input.regionCode ?? undefined;
  const agencyCode = input.agencyCode ?? undefined;
  const counterCode = input.counterCode ?? undefined;
  const refuse = (path: string, message: string) => {
    throw new InvalidValueError('STAFF_SCOPE_INVALID', message, path);
  };
  if (isNationalRole(role)) {
    if (regionCode || agencyCode || counterCode)
      refuse('regionCode', `a ${role} acts on every region and takes no region, agency or counter`);
    return { role };
  }
  if (!regionCode) return refuse('regionCode', `a ${role} needs the regionCode of its kabupaten/kota`);
  RegionCode.parse(regionCode, 'regionCode');
  if (role === 'region_admin') {
    if (agencyCode || counterCode) refuse('agencyCode', 'a region admin acts on the whole region and takes no agency or counter');
    return { role, regionCode };
  }
  if (!agencyCode || !AGENCY_CODE_PATTERN.test(agencyCode)) {
    return refuse('agencyCode', `a ${role} needs the agencyCode of its agency (lowercase letters, digits and dashes)`);
  }
  if (counterCode !== undefined) {
    if (role !== 'counter_officer') refuse('counterCode', 'only a counter officer can be bound to one counter');
    if (!COUNTER_CODE_PATTERN.test(counterCode)) refuse('counterCode', 'counterCode must be lowercase letters, digits and dashes');
    return { role, regionCode, agencyCode, counterCode };
  }
  return { role, regionCode, agencyCode };
}
