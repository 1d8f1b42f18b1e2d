import type { DataSource } from 'typeorm';

/** A table holding a sealed value, the column it is in, and the column naming its key (when it has one). */
const SEALED = {
  application: { value: 'nik_encrypted', keyId: 'nik_key_id', kind: 'nik' },
  booking: { value: 'nik_encrypted', keyId: 'nik_key_id', kind: 'nik' },
  complaint: { value: 'nik_encrypted', keyId: 'nik_key_id', kind: 'nik' },
  webhook_subscription: { value: 'secret', keyId: undefined, kind: 'webhook-secret' },
} as const;
export type SealedTable = keyof typeof SEALED;
export const SEALED_TABLES = Object.keys(SEALED) as SealedTable[];

export function sealedKind(table: SealedTable): string {
  return SEALED[table].kind;
}

/** One stored value that is not sealed as new values are: its row and the value as stored. */
export interface StaleSealedValue {
  /** The row's primary key in order: `region_code, id`, or `id` alone for webhook subscriptions. */
  key: string[];
  rowId: string;
  value: string;
}

/**
 * Finds and rewrites values sealed under an older format or key (decision 0034): NIKs sealed
 * before they were bound to their row, values under a rotated-out key, and webhook secrets
 * stored plain before they were sealed. It walks each table once in primary-key order, and a
 * rewrite only replaces the value it read, so two instances doing it at once cannot lose one.
 */
export class SealedValuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limit` stale values after the key `after` (exclusive; none for the first batch). */
  async staleBatch(table: SealedTable, currentKeyId: string, after: string[] | undefined, limit: number): Promise<StaleSealedValue[]> {
    const { value } = SEALED[table];
    // Keyset by the primary key, so the walk is one pass over its index however many rows are stale.
    const keyColumns = table === 'webhook_subscription' ? ['id'] : ['region_code', 'id'];
    const afterTuple = keyColumns.map((column, index) => `$${index + 3}${column === 'id' ? '::uuid' : ''}`);
    const rows = (await this.dataSource.query(
      `SELECT ${keyColumns.map((column, index) => `${column}::text AS k${index}`).join(', ')}, id::text AS "rowId", ${value} AS value
       FROM ${table}
       WHERE ${value} IS NOT NULL AND (split_part(${value}, '.', 1) <> 'v2' OR split_part(${value}, '.', 2) <> $1)
         ${after ? `AND (${keyColumns.join(', ')}) > (${afterTuple.join(', ')})` : ''}
       ORDER BY ${keyColumns.join(', ')} LIMIT $2`,
      [currentKeyId, limit, ...(after ?? [])],
    )) as Record<string, string>[];
    return rows.map((row) => ({ key: keyColumns.map((_, index) => row[`k${index}`]), rowId: row.rowId, value: row.value }));
  }

  /** Replaces `stale.value` by `sealed`; false when the row changed meanwhile (another instance did it). */
  async replace(table: SealedTable, stale: StaleSealedValue, sealed: string, keyId: string): Promise<boolean> {
    const { value, keyId: keyColumn } = SEALED[table];
    const where = table === 'webhook_subscription' ? `id = $3::uuid` : `region_code = $3 AND id = $4::uuid`;
    const [, affected] = (await this.dataSource.query(
      `UPDATE ${table} SET ${value} = $1 ${keyColumn ? `, ${keyColumn} = $${stale.key.length + 3}` : ''}
       WHERE ${where} AND ${value} = $2`,
      [sealed, stale.value, ...stale.key, ...(keyColumn ? [keyId] : [])],
    )) as [unknown, number];
    return affected > 0;
  }
}
