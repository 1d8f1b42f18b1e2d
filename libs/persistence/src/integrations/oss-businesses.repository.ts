import type { DataSource } from 'typeorm';

import type { PageRequest } from '@mpp/domain';

/** A business as OSS sent it, already mapped to our words (`Business` of @mpp/integrations), NPWP masked. */
export interface OssBusinessRecord {
  regionCode: string;
  nib: string;
  name: string;
  statusCode: string;
  data: Record<string, unknown>;
  receivedAt: Date;
  updatedAt: Date;
}

export class OssBusinessesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a business for a region deployed here; false (nothing stored) for any other region.
   * OSS may send a NIB again (a change of data): the latest wins, the first receipt time stays.
   */
  async upsert(record: Pick<OssBusinessRecord, 'regionCode' | 'nib' | 'name' | 'statusCode' | 'data'>): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO oss_business (region_code, nib, name, status_code, data)
       SELECT $1::varchar, $2::varchar, $3::text, $4::varchar, $5::jsonb WHERE EXISTS (SELECT 1 FROM deployment_region WHERE region_code = $1)
       ON CONFLICT (region_code, nib) DO UPDATE SET name = $3, status_code = $4, data = $5, updated_at = now()
       RETURNING nib`,
      [record.regionCode, record.nib, record.name, record.statusCode, JSON.stringify(record.data)],
    );
    return rows.length > 0;
  }

  async findPage(regionCode: string, page: PageRequest): Promise<{ items: OssBusinessRecord[]; total: number }> {
    const rows: Array<{
      region_code: string;
      nib: string;
      name: string;
      status_code: string;
      data: Record<string, unknown>;
      received_at: Date;
      updated_at: Date;
      total: string;
    }> = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM oss_business WHERE region_code = $1
       ORDER BY received_at DESC, nib LIMIT $2 OFFSET $3`,
      [regionCode, page.pageSize, page.offset],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : page.offset > 0 ? await this.count(regionCode) : 0;
    return {
      items: rows.map((row) => ({
        regionCode: row.region_code,
        nib: row.nib,
        name: row.name,
        statusCode: row.status_code,
        data: row.data,
        receivedAt: row.received_at,
        updatedAt: row.updated_at,
      })),
      total,
    };
  }

  private async count(regionCode: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS total FROM oss_business WHERE region_code = $1`, [regionCode]);
    return Number(row.total);
  }
}
