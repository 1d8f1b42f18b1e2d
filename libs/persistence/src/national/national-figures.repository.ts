import type { DataSource } from 'typeorm';

import { type RolloutStage, type RollupTotals, type StageChange } from '@mpp/domain';

import { managerOf, Transactions, type Tx } from '../database/transactions';
import { REBUILD_REGION_MONTHS_SQL, REBUILD_SERVICE_DAYS_SQL } from './rollup-sql';

/** What a region has deployed: its declared stage and how many active sites, agencies and services. */
export interface RegionDeploymentCounts {
  regionCode: string;
  stage: Exclude<RolloutStage, 'no_plan'>;
  sites: number;
  agencies: number;
  services: number;
  /** The IKM weight the region's deployment sets, when it sets one. */
  weightMode: string | null;
}

export interface SitePoint {
  regionCode: string;
  siteCode: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

export type RegionMonthRollup = RollupTotals & { regionCode: string; month: string };
export type ServiceDayRollup = RollupTotals & {
  regionCode: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  serviceDate: string;
};

const MEASURES = `tickets, served, no_shows AS "noShows", cancelled, wait_seconds_sum::float8 AS "waitSecondsSum", wait_count AS "waitCount",
  wait_histogram AS "waitHistogram", service_seconds_sum::float8 AS "serviceSecondsSum", service_count AS "serviceCount"`;

/**
 * The national dashboard's reads: each a single GROUP BY over reference tables or the
 * roll-ups, never over tickets (ADR 0065), and none joining one region's rows with another's.
 */
export class NationalFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async deployments(): Promise<RegionDeploymentCounts[]> {
    return (await this.dataSource.query(
      `SELECT d.region_code AS "regionCode", d.rollout_status AS stage,
              coalesce(s.n, 0)::int AS sites, coalesce(a.n, 0)::int AS agencies, coalesce(v.n, 0)::int AS services,
              d.feedback->'survey'->>'weight' AS "weightMode"
       FROM deployment_region d
       LEFT JOIN (SELECT region_code, count(*) AS n FROM site WHERE active GROUP BY region_code) s USING (region_code)
       LEFT JOIN (SELECT region_code, count(*) AS n FROM agency WHERE active GROUP BY region_code) a USING (region_code)
       LEFT JOIN (SELECT region_code, count(*) AS n FROM service WHERE active GROUP BY region_code) v USING (region_code)`,
    )) as RegionDeploymentCounts[];
  }

  async stageChanges(): Promise<StageChange[]> {
    return (await this.dataSource.query(
      `SELECT region_code AS "regionCode", stage, to_char(since, 'YYYY-MM-DD') AS since FROM rollout_stage_change ORDER BY region_code, id`,
    )) as StageChange[];
  }

  async sites(): Promise<SitePoint[]> {
    return (await this.dataSource.query(
      `SELECT region_code AS "regionCode", code AS "siteCode", name,
              (data->'coordinates'->>'lat')::float8 AS lat, (data->'coordinates'->>'lon')::float8 AS lon
       FROM site WHERE active ORDER BY region_code, code`,
    )) as SitePoint[];
  }

  /** Every region's month rows from `fromMonth` to `toMonth` (first days of months, YYYY-MM-01). */
  async regionMonths(fromMonth: string, toMonth: string): Promise<RegionMonthRollup[]> {
    return (await this.dataSource.query(
      `SELECT region_code AS "regionCode", to_char(month, 'YYYY-MM') AS month, ${MEASURES}
       FROM rollup_region_month WHERE month BETWEEN $1 AND $2`,
      [fromMonth, toMonth],
    )) as RegionMonthRollup[];
  }

  /** Complaints received per region in a period (days, both included). */
  async complaintsByRegion(from: string, to: string): Promise<{ regionCode: string; complaints: number }[]> {
    return (await this.dataSource.query(
      `SELECT region_code AS "regionCode", count(*)::int AS complaints FROM complaint
       WHERE received_on BETWEEN $1 AND $2 GROUP BY region_code`,
      [from, to],
    )) as { regionCode: string; complaints: number }[];
  }

  /** A region's day rows, for reconciling with its tickets. */
  async serviceDays(regionCode: string, tx?: Tx): Promise<ServiceDayRollup[]> {
    return (await managerOf(this.dataSource, tx).query(
      `SELECT region_code AS "regionCode", site_code AS "siteCode", agency_code AS "agencyCode", service_code AS "serviceCode",
              to_char(service_date, 'YYYY-MM-DD') AS "serviceDate", ${MEASURES}
       FROM rollup_service_day WHERE region_code = $1 ORDER BY site_code, agency_code, service_code, service_date`,
      [regionCode],
    )) as ServiceDayRollup[];
  }

  async regionMonthsOf(regionCode: string): Promise<RegionMonthRollup[]> {
    return (await this.dataSource.query(
      `SELECT region_code AS "regionCode", to_char(month, 'YYYY-MM') AS month, ${MEASURES}
       FROM rollup_region_month WHERE region_code = $1 ORDER BY month`,
      [regionCode],
    )) as RegionMonthRollup[];
  }

  /**
   * Recomputes the roll-ups from the tickets, for one region or all, in one transaction. Ticket
   * writes wait for it (SHARE lock), so no move lands between the count and the swap.
   */
  async rebuild(regionCode?: string): Promise<{ serviceDays: number; regionMonths: number }> {
    return new Transactions(this.dataSource).run(async (tx) => {
      const manager = managerOf(this.dataSource, tx);
      const region = regionCode ?? null;
      await manager.query(`LOCK TABLE ticket IN SHARE MODE`);
      await manager.query(`DELETE FROM rollup_service_day WHERE ($1::text IS NULL OR region_code = $1)`, [region]);
      await manager.query(`DELETE FROM rollup_region_month WHERE ($1::text IS NULL OR region_code = $1)`, [region]);
      await manager.query(REBUILD_SERVICE_DAYS_SQL, [region]);
      await manager.query(REBUILD_REGION_MONTHS_SQL, [region]);
      const [counts] = (await manager.query(
        `SELECT (SELECT count(*) FROM rollup_service_day WHERE $1::text IS NULL OR region_code = $1)::int AS "serviceDays",
                (SELECT count(*) FROM rollup_region_month WHERE $1::text IS NULL OR region_code = $1)::int AS "regionMonths"`,
        [region],
      )) as { serviceDays: number; regionMonths: number }[];
      return counts;
    });
  }
}
