import type { DataSource } from 'typeorm';

/** The adapter per external system that a region's applied deployment names (`integrations:` in its file). */
export class RegionIntegrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined when the region has no applied deployment; 'no-such-region' when no kabupaten/kota has the code. */
  async adaptersOf(regionCode: string): Promise<Partial<Record<string, string>> | undefined | 'no-such-region'> {
    const rows: Array<{ integrations: Record<string, string> | null }> = await this.dataSource.query(
      `SELECT d.integrations FROM regency r LEFT JOIN deployment_region d ON d.region_code = r.code WHERE r.code = $1`,
      [regionCode],
    );
    if (rows.length === 0) return 'no-such-region';
    return rows[0].integrations ?? undefined;
  }
}
