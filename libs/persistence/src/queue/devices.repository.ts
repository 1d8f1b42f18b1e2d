import type { DataSource } from 'typeorm';

import { managerOf, type Tx } from '../database/transactions';

export type DeviceKind = 'kiosk' | 'board';

export interface DeviceRow {
  regionCode: string;
  id: string;
  siteCode: string;
  kind: DeviceKind;
  name: string;
  tokenPrefix: string;
  tokenHash: Buffer;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const COLUMNS = `region_code AS "regionCode", id, site_code AS "siteCode", kind, name, token_prefix AS "tokenPrefix",
  token_hash AS "tokenHash", created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt"`;

/** Kiosks and boards registered to a site, each with its own revocable token. */
export class DevicesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<DeviceRow, 'createdAt' | 'revokedAt'>, tx?: Tx): Promise<DeviceRow> {
    const [inserted] = (await managerOf(this.dataSource, tx).query(
      `INSERT INTO device (region_code, id, site_code, kind, name, token_prefix, token_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [row.regionCode, row.id, row.siteCode, row.kind, row.name, row.tokenPrefix, row.tokenHash, row.createdBy],
    )) as DeviceRow[];
    return inserted;
  }

  async siteIsActive(regionCode: string, siteCode: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM site WHERE region_code = $1 AND code = $2 AND active`, [
      regionCode,
      siteCode,
    ])) as unknown[];
    return rows.length > 0;
  }

  async findByPrefix(tokenPrefix: string): Promise<DeviceRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM device WHERE token_prefix = $1`, [tokenPrefix])) as DeviceRow[];
    return row;
  }

  async find(regionCode: string, id: string): Promise<DeviceRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM device WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as DeviceRow[];
    return row;
  }

  async list(regionCode: string): Promise<DeviceRow[]> {
    return (await this.dataSource.query(`SELECT ${COLUMNS} FROM device WHERE region_code = $1 ORDER BY site_code, kind, name`, [
      regionCode,
    ])) as DeviceRow[];
  }

  async revoke(regionCode: string, id: string, tx?: Tx): Promise<DeviceRow | undefined> {
    const [rows] = (await managerOf(this.dataSource, tx).query(
      `UPDATE device SET revoked_at = coalesce(revoked_at, now()) WHERE region_code = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [regionCode, id],
    )) as [DeviceRow[], number];
    return rows[0];
  }
}
