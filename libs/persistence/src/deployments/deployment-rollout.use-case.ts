import type { DataSource } from 'typeorm';

import {
  type AgencyTemplate,
  type DeploymentPlan,
  type DeploymentState,
  type DeploymentValidation,
  type RegionDeployment,
  type SourceFile,
  type TemplateDrift,
  validateDeployment,
} from '@mpp/deployment';
import { RegionCode } from '@mpp/domain';

import { Transactions } from '../database/transactions';
import { RegionsRepository } from '../regions/regions.repository';
import { applyDeployment, type ApplyOptions, planAgainstDatabase, planTemplateAgainstDatabase } from './apply-deployment';
import { DeploymentsRepository } from './deployments.repository';

/** What a deployment file is checked against besides itself: the national templates and the adapters the platform has. */
export interface RolloutRules {
  templates: ReadonlyMap<string, AgencyTemplate>;
  /** Adapter name → its system (the integrations registry's `systems()`). */
  adapters: ReadonlyMap<string, string>;
}

/**
 * Validate → plan → apply of a region's deployment file, the one use case behind both
 * `mpp validate|plan|apply` and the admin API's /v1/deployments routes, so the two can never
 * check or write a file differently. Callers decide only how to report problems.
 */
export class DeploymentRollout {
  private readonly regions: RegionsRepository;
  private readonly deployments: DeploymentsRepository;

  constructor(private readonly dataSource: DataSource) {
    this.regions = new RegionsRepository(dataSource);
    this.deployments = new DeploymentsRepository(dataSource);
  }

  /** Every problem of the file at once, each with its line; the deployment only when there is none. */
  validate(source: SourceFile, rules: RolloutRules): Promise<DeploymentValidation<RegionDeployment>> {
    return validateDeployment(source, {
      templates: rules.templates,
      adapters: rules.adapters,
      regionExists: async (code) => RegionCode.isValid(code) && (await this.regions.findByCode(RegionCode.parse(code))) !== undefined,
    });
  }

  /** What applying the deployment would change now; changes nothing. */
  plan(deployment: RegionDeployment): Promise<DeploymentPlan> {
    return planAgainstDatabase(this.dataSource, deployment);
  }

  /** Makes the database match the deployment, all of it or nothing, audited in the same transaction. */
  apply(deployment: RegionDeployment, options: ApplyOptions): Promise<DeploymentPlan> {
    return applyDeployment(this.dataSource, deployment, options);
  }

  /** What a new version of a national template would change in every region using it; changes nothing. */
  planTemplate(template: AgencyTemplate): Promise<TemplateDrift> {
    return planTemplateAgainstDatabase(this.dataSource, template);
  }

  /** Whether anything was ever applied for the region. */
  isDeployed(regionCode: string): Promise<boolean> {
    return this.deployments.isDeployed(regionCode);
  }

  /** The region's live configuration as one consistent snapshot (for `mpp export`). */
  currentState(regionCode: string): Promise<DeploymentState> {
    return new Transactions(this.dataSource).run((tx) => this.deployments.loadState(regionCode, tx), 'REPEATABLE READ');
  }
}
