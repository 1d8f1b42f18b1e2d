import type { DataSource } from 'typeorm';

/**
 * What a region's live deployment has, for checks made outside the deployment itself (a staff
 * account bound to an agency and counter): only active rows count, since a file that drops an
 * agency or counter deactivates it.
 */
export class DeployedUnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasAgency(regionCode: string, agencyCode: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM agency WHERE region_code = $1 AND code = $2 AND active`, [
      regionCode,
      agencyCode,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** The active agencies of the region that have an active counter with this code (codes are unique per agency only). */
  async agenciesWithCounter(regionCode: string, counterCode: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.agency_code FROM counter c
         JOIN agency a ON a.region_code = c.region_code AND a.code = c.agency_code AND a.active
        WHERE c.region_code = $1 AND c.code = $2 AND c.active
        ORDER BY c.agency_code`,
      [regionCode, counterCode],
    )) as { agency_code: string }[];
    return rows.map((row) => row.agency_code);
  }
}
