import { Injectable } from '@nestjs/common';

import type { StaffScope } from '@mpp/domain';
import { UnprocessableError } from '@mpp/domain';
import { DeployedUnitsRepository } from '@mpp/persistence';

/**
 * A staff account is bound only to what its region's live deployment has: an agency supervisor
 * or counter officer to an active agency of the region, a counter officer's counter to an
 * active counter of that same agency (counter codes repeat across agencies: Kota Bogor's
 * `loket-1` is DPMPTSP's, not Disdukcapil's). An account bound elsewhere could sign in but not
 * work. Region and national admins are bound to no agency and pass; a region admin may exist
 * before the region's first file is applied.
 */
@Injectable()
export class StaffDeploymentPolicy {
  constructor(private readonly units: DeployedUnitsRepository) {}

  async assertDeployed(scope: StaffScope): Promise<void> {
    const { regionCode, agencyCode, counterCode } = scope;
    if (!regionCode || !agencyCode) return;
    if (!(await this.units.hasAgency(regionCode, agencyCode))) {
      throw new UnprocessableError(
        'AGENCY_NOT_DEPLOYED',
        `The deployment of ${regionCode} has no active agency ${agencyCode}`,
        'agencyCode',
      );
    }
    if (!counterCode) return;
    const owners = await this.units.agenciesWithCounter(regionCode, counterCode);
    if (owners.includes(agencyCode)) return;
    const detail =
      owners.length > 0
        ? `counter ${counterCode} belongs to ${owners.join(', ')}, not to ${agencyCode}`
        : `no active counter ${counterCode} in the deployment of ${regionCode}`;
    throw new UnprocessableError(
      'COUNTER_NOT_DEPLOYED',
      `Agency ${agencyCode} of ${regionCode} has no active counter ${counterCode}: ${detail}`,
      'counterCode',
    );
  }
}
