import type { DataSource } from 'typeorm';

import { managerOf, type Tx } from '../database/transactions';
import type { DeviceKind } from './devices.repository';

export interface DevicePairingRow {
  regionCode: string;
  siteCode: string;
  kind: DeviceKind;
  name: string;
  createdBy: string;
  expiresAt: Date;
}

const COLUMNS = `region_code AS "regionCode", site_code AS "siteCode", kind, name, created_by AS "createdBy", expires_at AS "expiresAt"`;

/** Pending pairings of kiosks and boards, by the hash of their short code. */
export class DevicePairingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: DevicePairingRow & { codeHash: Buffer }, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO device_pairing (region_code, code_hash, site_code, kind, name, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.regionCode, row.codeHash, row.siteCode, row.kind, row.name, row.createdBy, row.expiresAt],
    );
  }

  /**
   * Takes a pairing for the device about to be registered, once: unused and unexpired, in one
   * statement, so two devices typing the same code at once cannot both pair.
   */
  async claim(codeHash: Buffer, deviceId: string, now: Date, tx: Tx): Promise<DevicePairingRow | undefined> {
    const [rows] = (await managerOf(this.dataSource, tx).query(
      `UPDATE device_pairing SET device_id = $2
       WHERE code_hash = $1 AND device_id IS NULL AND expires_at > $3 RETURNING ${COLUMNS}`,
      [codeHash, deviceId, now],
    )) as [DevicePairingRow[], number];
    return rows[0];
  }
}
