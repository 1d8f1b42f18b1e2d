import type { DataSource } from 'typeorm';

import type { CalendarOverride, TimeRange } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';

export interface CalendarOverrideRow {
  id: string;
  regionCode: string;
  siteCode: string;
  agencyCode: string | null;
  serviceCode: string | null;
  date: string;
  kind: 'open' | 'closed';
  hours: TimeRange[] | null;
  reason: string;
  createdBy: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

const COLUMNS = `id, region_code AS "regionCode", site_code AS "siteCode", agency_code AS "agencyCode", service_code AS "serviceCode",
  to_char(date, 'YYYY-MM-DD') AS date, kind, hours, reason, created_by AS "createdBy", created_at AS "createdAt", cancelled_at AS "cancelledAt"`;

/** Temporary changes to opening times: a closed afternoon, an extra Saturday. */
export class CalendarOverridesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<CalendarOverrideRow, 'createdAt' | 'cancelledAt'>, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO calendar_override (id, region_code, site_code, agency_code, service_code, date, kind, hours, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.regionCode,
        row.siteCode,
        row.agencyCode,
        row.serviceCode,
        row.date,
        row.kind,
        row.hours ? JSON.stringify(row.hours) : null,
        row.reason,
        row.createdBy,
      ],
    );
  }

  async findById(regionCode: string, id: string): Promise<CalendarOverrideRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM calendar_override WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as CalendarOverrideRow[];
    return row;
  }

  async cancel(regionCode: string, id: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE calendar_override SET cancelled_at = now() WHERE region_code = $1 AND id = $2 AND cancelled_at IS NULL`,
      [regionCode, id],
    );
  }

  /** Live overrides of a region from a date on (cancelled ones left out). */
  async upcoming(regionCode: string, fromDate: string): Promise<CalendarOverrideRow[]> {
    return (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM calendar_override WHERE region_code = $1 AND date >= $2 AND cancelled_at IS NULL ORDER BY date, created_at`,
      [regionCode, fromDate],
    )) as CalendarOverrideRow[];
  }
}

/** The overrides that apply to a site as a whole, or to one service there, as calendar input. */
export function overridesFor(
  rows: CalendarOverrideRow[],
  siteCode: string,
  service?: { agencyCode: string; serviceCode: string },
): CalendarOverride[] {
  return rows
    .filter(
      (row) =>
        row.siteCode === siteCode &&
        (service ? row.agencyCode === service.agencyCode && row.serviceCode === service.serviceCode : row.agencyCode === null),
    )
    .map((row) =>
      row.kind === 'open'
        ? { date: row.date, kind: 'open' as const, reason: row.reason, hours: row.hours ?? [] }
        : {
            date: row.date,
            kind: 'closed' as const,
            reason: row.reason,
            ...(row.hours?.[0] && { from: row.hours[0].from, to: row.hours[0].to }),
          },
    );
}
