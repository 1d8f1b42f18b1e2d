import { Injectable } from '@nestjs/common';

import { NotFoundError } from '@mpp/domain';
import type { IntegrationSystem, ResolvedPort } from '@mpp/integrations';
import { IntegrationHub } from '@mpp/integrations';
import { RegionIntegrationsRepository } from '@mpp/persistence';

/** The port of a system for a region: the adapter its applied deployment names (`integrations:`). */
@Injectable()
export class RegionPorts {
  constructor(
    private readonly hub: IntegrationHub,
    private readonly regions: RegionIntegrationsRepository,
  ) {}

  async port<S extends IntegrationSystem>(system: S, regionCode: string): Promise<ResolvedPort<S>> {
    const adapters = await this.regions.adaptersOf(regionCode);
    if (adapters === 'no-such-region') throw new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${regionCode}`, 'code');
    return this.hub.port(system, adapters?.[system], regionCode);
  }
}
