import { Injectable } from '@nestjs/common';

import { deploymentJsonSchemas, exportDeployment, initialDeployment } from '@mpp/deployment';
import { NotFoundError, type RegionCode } from '@mpp/domain';
import { DeploymentRollout, RegionsRepository } from '@mpp/persistence';

import type { DeploymentFileDto } from './deployment-files.dto';
import { DeploymentsService } from './deployments.service';

/** The files behind the console's editor: the live configuration, a new region's start, the schema. */
@Injectable()
export class DeploymentFilesService {
  private readonly schema = deploymentJsonSchemas()['region-deployment'];

  constructor(
    private readonly rollout: DeploymentRollout,
    private readonly regions: RegionsRepository,
    private readonly deployments: DeploymentsService,
  ) {}

  jsonSchema(): unknown {
    return this.schema;
  }

  /** What `mpp export` writes: the region's live configuration as a file that applies back to no change. */
  async exportLive(regionCode: RegionCode): Promise<DeploymentFileDto> {
    const region = await this.region(regionCode);
    const state = await this.rollout.currentState(region.code);
    if (!state.region) throw new NotFoundError('DEPLOYMENT_NOT_FOUND', 'Nothing is deployed for this kabupaten/kota yet', 'regionCode');
    const content = exportDeployment(state, new Date(), this.deployments.nationalTemplates);
    return { regionCode: region.code, fileName: fileNameOf(region.name), content };
  }

  /** What `mpp init` writes: a starting file from every national template, for a region not yet deployed. */
  async initial(regionCode: RegionCode): Promise<DeploymentFileDto> {
    const region = await this.region(regionCode);
    const content = initialDeployment(region.code, region.name, this.deployments.nationalTemplates);
    return { regionCode: region.code, fileName: fileNameOf(region.name), content };
  }

  private async region(code: RegionCode): Promise<{ code: string; name: string }> {
    const region = await this.regions.findByCode(code);
    if (!region) throw new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${code}`, 'regionCode');
    return { code: region.code, name: region.name };
  }
}

/** `KOTA BOGOR` → `kota-bogor.yaml`, as the sample files are named. */
export function fileNameOf(regionName: string): string {
  const slug = regionName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'region'}.yaml`;
}
