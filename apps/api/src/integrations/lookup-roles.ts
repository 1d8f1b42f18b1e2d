import type { Role } from '@mpp/domain';

/**
 * Who checks an applicant's data through the integrations: the staff at the counters of the
 * region. Region and national admins run the platform and do not serve applicants, so they
 * have no lookup rights (UU 27/2022: access limited to the purpose).
 */
export const COUNTER_STAFF: readonly Role[] = ['counter_officer', 'agency_supervisor'];
