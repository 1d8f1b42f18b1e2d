import type { DataSource, EntityManager } from 'typeorm';

import {
  type AgencyRecord,
  type Change,
  type CounterRecord,
  type DeploymentPlan,
  type DeploymentState,
  feedbackSettingsSchema,
  type LinkedService,
  type RegionRecord,
  type ServiceRecord,
  type SiteConfig,
  type Versioned,
} from '@mpp/deployment';
import { foldForSearch } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';

/** Who applied a change and from which file, kept with each new version of a service standard. */
export interface Provenance {
  changedBy: string;
  sourceFile?: string;
  requestId?: string;
}

interface Row {
  code: string;
  agency_code?: string;
  name: string;
  active: boolean;
  data?: unknown;
  kind?: string;
}

/** Reads a region's configuration as a DeploymentState and writes a plan's changes. */
export class DeploymentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Holds the region for the rest of the transaction, so two applies of one region queue up. */
  async lockRegion(regionCode: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(`SELECT pg_advisory_xact_lock(hashtext('mpp:deployment:' || $1))`, [regionCode]);
  }

  /** The region's configuration now; pass a REPEATABLE READ transaction for a consistent picture. */
  async loadState(regionCode: string, tx?: Tx): Promise<DeploymentState> {
    const manager = managerOf(this.dataSource, tx);
    const [region] = (await manager.query(
      `SELECT rollout_status, coordinator, integrations, feedback FROM deployment_region WHERE region_code = $1`,
      [regionCode],
    )) as {
      rollout_status: RegionRecord['rolloutStatus'];
      coordinator: string;
      integrations: RegionRecord['integrations'];
      feedback: Partial<RegionRecord['feedback']> | null;
    }[];
    // In a fixed order, so an export of the same configuration is the same file on every run.
    const rows = async (table: string, order: string) =>
      (await manager.query(`SELECT * FROM ${table} WHERE region_code = $1 ORDER BY ${order}`, [regionCode])) as Row[];
    // One after another: the queries share the transaction's single connection.
    const sites = await rows('site', 'code');
    const agencies = await rows('agency', 'code');
    const counters = await rows('counter', 'agency_code, code');
    const services = await rows('service', 'agency_code, code');
    const keyOf = (row: Row) => (row.agency_code ? `${row.agency_code}/${row.code}` : row.code);
    return {
      regionCode,
      region: region && {
        rolloutStatus: region.rollout_status,
        coordinator: region.coordinator,
        integrations: region.integrations,
        // A region applied before the feedback section existed reads as the national defaults.
        feedback: feedbackSettingsSchema.parse(region.feedback ?? {}),
      },
      sites: new Map(sites.map((row) => [row.code, { active: row.active, value: row.data as SiteConfig }])),
      agencies: new Map(agencies.map((row) => [row.code, { active: row.active, value: row.data as AgencyRecord }])),
      counters: new Map(counters.map((row) => [keyOf(row), { active: row.active, value: { name: row.name } }])),
      services: new Map(services.map((row) => [keyOf(row), { active: row.active, value: row.data as ServiceRecord }])),
    };
  }

  /** Writes each change in order: parents (region, sites, agencies) before their children. */
  async applyPlan(
    plan: DeploymentPlan,
    desired: DeploymentState,
    tx: Tx,
    provenance: Provenance,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const order = ['region', 'site', 'agency', 'counter', 'service'];
    const changes = [...plan.changes].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    for (const [index, change] of changes.entries()) {
      await this.applyChange(change, desired, managerOf(this.dataSource, tx), provenance);
      onProgress?.(index + 1, changes.length);
    }
  }

  /** Whether anything was ever applied for the region. */
  async isDeployed(regionCode: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM deployment_region WHERE region_code = $1`, [regionCode])).length > 0;
  }

  /** The regions that have a deployment, in code order. */
  async deployedRegions(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT region_code FROM deployment_region ORDER BY region_code`)) as {
      region_code: string;
    }[];
    return rows.map((row) => row.region_code);
  }

  /** Every active service of every region that came from the template (`code`), for the drift report. */
  async servicesFromTemplate(templateCode: string): Promise<LinkedService[]> {
    const rows = (await this.dataSource.query(
      `SELECT region_code, agency_code, code, data FROM service
       WHERE template_code LIKE $1 || '/%' AND active ORDER BY region_code, agency_code, code`,
      [templateCode],
    )) as { region_code: string; agency_code: string; code: string; data: ServiceRecord }[];
    return rows.map((row) => ({ regionCode: row.region_code, agencyCode: row.agency_code, serviceCode: row.code, record: row.data }));
  }

  private async applyChange(change: Change, desired: DeploymentState, manager: EntityManager, provenance: Provenance): Promise<void> {
    const region = desired.regionCode;
    if (change.kind === 'region') {
      const value = desired.region as RegionRecord;
      await manager.query(
        `INSERT INTO deployment_region (region_code, rollout_status, coordinator, integrations, feedback) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (region_code) DO UPDATE SET rollout_status = $2, coordinator = $3, integrations = $4, feedback = $5, updated_at = now()`,
        [region, value.rolloutStatus, value.coordinator, JSON.stringify(value.integrations), JSON.stringify(value.feedback)],
      );
      return;
    }
    const [agencyCode, code] = change.kind === 'counter' || change.kind === 'service' ? change.key.split('/') : [undefined, change.key];
    if (change.action === 'deactivate') {
      await manager.query(
        `UPDATE ${change.kind} SET active = false, updated_at = now() WHERE region_code = $1 AND code = $2${agencyCode ? ' AND agency_code = $3' : ''}`,
        agencyCode ? [region, code, agencyCode] : [region, code],
      );
      return;
    }
    switch (change.kind) {
      case 'site': {
        const site = (desired.sites.get(change.key) as Versioned<SiteConfig>).value;
        await upsert(manager, 'site', ['region_code', 'code'], {
          region_code: region,
          code,
          name: site.name,
          data: JSON.stringify(site),
          active: true,
        });
        return;
      }
      case 'agency': {
        const agency = (desired.agencies.get(change.key) as Versioned<AgencyRecord>).value;
        await upsert(manager, 'agency', ['region_code', 'code'], {
          region_code: region,
          code,
          name: agency.name,
          kind: agency.kind,
          data: JSON.stringify(agency),
          active: true,
        });
        return;
      }
      case 'counter': {
        const counter = (desired.counters.get(change.key) as Versioned<CounterRecord>).value;
        await upsert(manager, 'counter', ['region_code', 'agency_code', 'code'], {
          region_code: region,
          agency_code: agencyCode,
          code,
          name: counter.name,
          active: true,
        });
        return;
      }
      case 'service': {
        const wanted = desired.services.get(change.key) as Versioned<ServiceRecord>;
        const agencyName = desired.agencies.get(agencyCode as string)?.value.name ?? '';
        await upsert(manager, 'service', ['region_code', 'agency_code', 'code'], {
          region_code: region,
          agency_code: agencyCode,
          code,
          name: wanted.value.name,
          data: JSON.stringify(wanted.value),
          search_name: foldForSearch(wanted.value.name),
          search_document: searchDocument(wanted.value, agencyName),
          active: wanted.active,
          template_code: wanted.value.origin?.template ?? null,
          template_version: wanted.value.origin?.version ?? null,
        });
        // A new standard is a new version (PermenPANRB 15/2014): keep it with when, who and which file.
        if (change.action === 'create' || change.fields?.includes('standard')) {
          await manager.query(
            `INSERT INTO service_standard_version
               (region_code, agency_code, service_code, standard, template_code, template_version, changed_by, source_file, request_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              region,
              agencyCode,
              code,
              JSON.stringify(wanted.value.standard),
              wanted.value.origin?.template ?? null,
              wanted.value.origin?.version ?? null,
              provenance.changedBy,
              provenance.sourceFile ?? null,
              provenance.requestId ?? null,
            ],
          );
        }
        return;
      }
    }
  }
}

async function upsert(manager: EntityManager, table: string, keys: string[], row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  const updates = columns.filter((column) => !keys.includes(column)).map((column) => `${column} = excluded.${column}`);
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})
     ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${[...updates, 'updated_at = now()'].join(', ')}`,
    Object.values(row),
  );
}

/** What catalogue search matches: the name first, then keywords, agency, description and requirements. */
function searchDocument(service: ServiceRecord, agencyName: string): string {
  return foldForSearch(
    [
      service.name,
      ...service.keywords,
      agencyName,
      service.description ?? '',
      service.standard.product,
      ...service.standard.requirements.map((item) => item.name),
    ].join(' '),
  );
}
