import type { DeploymentState } from '@mpp/deployment';
import type { DataSource } from 'typeorm';
import { DeploymentsRepository } from './deployments.repository';

/**
 * A region's configuration as the database holds it now, read in one snapshot (so an apply
 * running meanwhile is seen whole or not at all): what `mpp export` and the console export.
 */
export function readLiveDeployment(dataSource: DataSource, regionCode: string): Promise<DeploymentState> {
  return dataSource.transaction('REPEATABLE READ', (manager) => new DeploymentsRepository().loadState(regionCode, manager));
}
