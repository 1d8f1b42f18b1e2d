import type { IntegrationSystem, ResolvedPort } from '@mpp/integrations';
import { IntegrationHub } from '@mpp/integrations';
import { RegionIntegrationsRepository } from '@mpp/persistence';
import { Injectable } from '@nestjs/common';

/** The port of a system for a region: the adapter its applied deployment names (`integrations:`). */
@Injectable()
export class RegionPorts {
  constructor(
    private readonly hub: IntegrationHub,
    private readonly regions: RegionIntegrationsRepository,
  ) {}

  async port<S extends IntegrationSystem>(system: S, regionCode: string): Promise<ResolvedPort<S>> {
    const adapters = await this.regions.adaptersOf(regionCode);
    return this.hub.port(system, adapters?.[system], regionCode);
  }
}
