import type { DataSource } from 'typeorm';

import {
  type AgencyTemplate,
  type DeploymentPlan,
  desiredState,
  planDeployment,
  planTemplateChange,
  type RegionDeployment,
  summarize,
  type TemplateDrift,
} from '@mpp/deployment';

import { AuditLogRepository, type AuditRecord } from '../audit/audit-log.repository';
import { Transactions } from '../database/transactions';
import { DeploymentsRepository } from './deployments.repository';

/** A first apply of a large region lists hundreds of rows: the audit keeps the first ones and the count. */
const AUDITED_CHANGES = 300;

/** What applying the deployment would change now; changes nothing. */
export async function planAgainstDatabase(dataSource: DataSource, deployment: RegionDeployment): Promise<DeploymentPlan> {
  const repository = new DeploymentsRepository(dataSource);
  return new Transactions(dataSource).run(async (tx) => {
    const current = await repository.loadState(deployment.region.code, tx);
    return planDeployment(desiredState(deployment), current);
  }, 'REPEATABLE READ');
}

export interface ApplyOptions {
  actor: Pick<AuditRecord, 'actorType' | 'actorId'>;
  requestId?: string;
  /** The file the deployment came from, kept with each new service standard. */
  sourceFile?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Makes the database match the deployment in one transaction: all of it or nothing. The plan
 * is computed inside the transaction, under a per-region lock, so two applies of the same
 * region cannot interleave; applying the same file again changes nothing.
 */
export async function applyDeployment(
  dataSource: DataSource,
  deployment: RegionDeployment,
  options: ApplyOptions,
): Promise<DeploymentPlan> {
  const repository = new DeploymentsRepository(dataSource);
  return new Transactions(dataSource).run(async (tx) => {
    await repository.lockRegion(deployment.region.code, tx);
    const desired = desiredState(deployment);
    const plan = planDeployment(desired, await repository.loadState(deployment.region.code, tx));
    if (plan.changes.length === 0) return plan;
    const changedBy = `${options.actor.actorType}:${options.actor.actorId ?? 'unknown'}`;
    await repository.applyPlan(
      plan,
      desired,
      tx,
      { changedBy, sourceFile: options.sourceFile, requestId: options.requestId },
      options.onProgress,
    );
    await new AuditLogRepository(dataSource).append(
      {
        ...options.actor,
        action: 'deployment.apply',
        outcome: 'success',
        regionCode: deployment.region.code,
        targetType: 'deployment',
        targetId: deployment.region.code,
        requestId: options.requestId,
        details: {
          changes: summarize(plan),
          // What changed, for the console's history of applies; values stay in the tables' own history.
          items: plan.changes
            .slice(0, AUDITED_CHANGES)
            .map(({ action, kind, key, fields }) => ({ action, kind, key, ...(fields && { fields }) })),
          ...(plan.changes.length > AUDITED_CHANGES && { itemsOmitted: plan.changes.length - AUDITED_CHANGES }),
          ...(options.sourceFile && { file: options.sourceFile }),
        },
      },
      tx,
    );
    return plan;
  });
}

/** What publishing a new version of a national template would change in every region using it; changes nothing. */
export async function planTemplateAgainstDatabase(dataSource: DataSource, template: AgencyTemplate): Promise<TemplateDrift> {
  const linked = await new DeploymentsRepository(dataSource).servicesFromTemplate(template.code);
  return planTemplateChange(template, linked);
}
