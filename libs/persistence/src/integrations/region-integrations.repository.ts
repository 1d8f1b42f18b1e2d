import type { DataSource } from 'typeorm';

/** The adapter per external system that a region's applied deployment names (`integrations:` in its file). */
export class RegionIntegrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined when the region has no applied deployment. */
  async adaptersOf(regionCode: string): Promise<Partial<Record<string, string>> | undefined> {
    const rows: Array<{ integrations: Record<string, string> }> = await this.dataSource.query(
      `SELECT integrations FROM deployment_region WHERE region_code = $1`,
      [regionCode],
    );
    return rows[0]?.integrations;
  }
}
