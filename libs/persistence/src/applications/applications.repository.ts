import type { DataSource, EntityManager } from 'typeorm';

import type { PageRequest } from '@mpp/domain';

import { appendOutbox, type OutboxEvent } from '../webhooks/webhooks.repository';
import type {
  ApplicationEventRow,
  ApplicationFilter,
  ApplicationMove,
  ApplicationRow,
  NewApplication,
  OssReportRecord,
} from './application-row';

const COLUMNS = `region_code AS "regionCode", id, tracking_code AS "trackingCode", site_code AS "siteCode", agency_code AS "agencyCode",
  service_code AS "serviceCode", channel, ticket_id AS "ticketId", api_key_id AS "apiKeyId", status, applicant_name AS "applicantName",
  applicant_phone AS "applicantPhone", applicant_email AS "applicantEmail", nik_encrypted AS "nikEncrypted", nik_key_id AS "nikKeyId",
  nik_masked AS "nikMasked", requirements, notes, last_note AS "lastNote", completion_working_days AS "completionWorkingDays",
  oss_nib AS "ossNib", oss_licence_id AS "ossLicenceId", oss_report AS "ossReport",
  to_char(due_date, 'YYYY-MM-DD') AS "dueDate", to_char(due_soon_from, 'YYYY-MM-DD') AS "dueSoonFrom", submitted_at AS "submittedAt",
  finished_at AS "finishedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

const EVENT_COLUMNS = `action, from_status AS "fromStatus", to_status AS "toStatus", at, to_char(service_date, 'YYYY-MM-DD') AS "serviceDate",
  actor_type AS "actorType", actor_id AS "actorId", note`;

const OPEN = `('submitted', 'verified', 'in_process')`;

/**
 * Applications and their history. Every change of status is one conditional UPDATE (on the
 * status the caller read) plus its event, in one transaction: a move that lost a race changes
 * nothing, and no status ever changes without its event.
 */
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the application and its first event; undefined when the tracking code is taken (draw another). */
  async create(
    row: NewApplication,
    event: Omit<ApplicationEventRow, 'fromStatus' | 'toStatus'>,
    outbox: OutboxEvent[] = [],
  ): Promise<ApplicationRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [inserted] = (await manager.query(
        `INSERT INTO application (region_code, id, tracking_code, site_code, agency_code, service_code, channel, ticket_id, api_key_id, status,
           applicant_name, applicant_phone, applicant_email, nik_encrypted, nik_key_id, nik_blind_index, nik_masked, requirements, notes,
           completion_working_days, due_date, due_soon_from, submitted_at, oss_nib, oss_licence_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
         ON CONFLICT (region_code, tracking_code) DO NOTHING
         RETURNING ${COLUMNS}`,
        [
          row.regionCode,
          row.id,
          row.trackingCode,
          row.siteCode,
          row.agencyCode,
          row.serviceCode,
          row.channel,
          row.ticketId ?? null,
          row.apiKeyId ?? null,
          row.status,
          row.applicantName,
          row.applicantPhone,
          row.applicantEmail ?? null,
          row.nik.encrypted,
          row.nik.keyId,
          row.nik.blindIndex,
          row.nik.masked,
          JSON.stringify(row.requirements),
          row.notes ?? null,
          row.completionWorkingDays,
          row.dueDate ?? null,
          row.dueSoonFrom ?? null,
          row.status === 'draft' ? null : event.at,
          row.licence?.nib ?? null,
          row.licence?.licenceId ?? null,
        ],
      )) as ApplicationRow[];
      if (!inserted) return undefined;
      await this.insertEvent(manager, row.regionCode, row.id, { ...event, fromStatus: null, toStatus: row.status });
      await appendOutbox(manager, outbox);
      return inserted;
    });
  }

  async find(regionCode: string, id: string): Promise<ApplicationRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM application WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as ApplicationRow[];
    return row;
  }

  async findByTrackingCode(regionCode: string, trackingCode: string): Promise<ApplicationRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM application WHERE region_code = $1 AND tracking_code = $2`, [
      regionCode,
      trackingCode,
    ])) as ApplicationRow[];
    return row;
  }

  /** Applications of one applicant in a region, found by the keyed hash of their NIK (never by the NIK itself). */
  async findByNikIndex(regionCode: string, blindIndex: string): Promise<ApplicationRow[]> {
    return (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM application WHERE region_code = $1 AND nik_blind_index = $2 ORDER BY created_at DESC LIMIT 100`,
      [regionCode, blindIndex],
    )) as ApplicationRow[];
  }

  async events(regionCode: string, id: string): Promise<ApplicationEventRow[]> {
    return (await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM application_event WHERE region_code = $1 AND application_id = $2 ORDER BY id`,
      [regionCode, id],
    )) as ApplicationEventRow[];
  }

  /** Applies a move computed from status `move.from`; undefined when the application is no longer in it. */
  async move(regionCode: string, id: string, move: ApplicationMove, outbox: OutboxEvent[] = []): Promise<ApplicationRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      // An UPDATE answers [rows, affected count] through TypeORM.
      const [[row]] = (await manager.query(
        `UPDATE application SET status = $4, requirements = COALESCE($5::jsonb, requirements), last_note = $6,
           due_date = $7, due_soon_from = $8,
           submitted_at = CASE WHEN $9::boolean THEN COALESCE(submitted_at, $11) ELSE submitted_at END,
           finished_at = CASE WHEN $10::boolean THEN $11::timestamptz ELSE finished_at END, updated_at = $11::timestamptz
         WHERE region_code = $1 AND id = $2 AND status = $3 AND date_trunc('milliseconds', updated_at) = $12::timestamptz
         RETURNING ${COLUMNS}`,
        [
          regionCode,
          id,
          move.from,
          move.to,
          move.requirements ? JSON.stringify(move.requirements) : null,
          move.event.note,
          move.dueDate,
          move.dueSoonFrom,
          move.submitted,
          move.finished,
          move.event.at,
          move.readAt,
        ],
      )) as [ApplicationRow[], number];
      if (!row) return undefined;
      await this.insertEvent(manager, regionCode, id, { ...move.event, fromStatus: move.from, toStatus: move.to });
      // The report of the change commits or rolls back with it: no event without its change, no change without its event.
      await appendOutbox(manager, outbox);
      return row;
    });
  }

  /** One agency's applications, newest first, by status, SLA flag and creation time. */
  async list(filter: ApplicationFilter, page: PageRequest): Promise<{ items: ApplicationRow[]; total: number }> {
    const where = [`region_code = $1`, `agency_code = $2`];
    const params: unknown[] = [filter.regionCode, filter.agencyCode];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.status) add((n) => `status = ${n}`, filter.status);
    if (filter.sla === 'overdue') add((n) => `status IN ${OPEN} AND due_date < ${n}::date`, filter.today);
    if (filter.sla === 'due_soon') add((n) => `status IN ${OPEN} AND due_soon_from <= ${n}::date AND due_date >= ${n}::date`, filter.today);
    if (filter.createdFrom) add((n) => `created_at >= ${n}`, filter.createdFrom);
    if (filter.createdBefore) add((n) => `created_at < ${n}`, filter.createdBefore);
    const clause = where.join(' AND ');
    // The page and its total in one statement: one connection and one round trip per list instead
    // of two of each, which is what the list's p95 was made of (`npm run bench`, applications-list).
    // The count reads the agency's index only; the page reads 20 rows in index order.
    const rows = (await this.dataSource.query(
      `SELECT t.total AS "__total", p.* FROM (SELECT count(*)::int AS total FROM application WHERE ${clause}) t
       LEFT JOIN LATERAL (
         SELECT ${COLUMNS} FROM application WHERE ${clause} ORDER BY created_at DESC, id OFFSET $${params.length + 1} LIMIT $${params.length + 2}
       ) p ON true`,
      [...params, page.offset, page.pageSize],
    )) as (ApplicationRow & { __total: number })[];
    const total = rows[0]?.__total ?? 0;
    // A page past the end comes back as the one row of the total, with no application in it.
    for (const row of rows) delete (row as { __total?: number }).__total;
    const items: ApplicationRow[] = rows.filter((row) => row.id !== null);
    return { items, total };
  }

  /**
   * Keeps OSS's answer to a status report, unless the answer to a later status is already kept
   * (reports can arrive out of order when one was retried); false when it was not kept.
   */
  async recordOssReport(regionCode: string, id: string, report: OssReportRecord): Promise<boolean> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE application SET oss_report = $3::jsonb
       WHERE region_code = $1 AND id = $2 AND (oss_report IS NULL OR (oss_report->>'changedAt')::timestamptz <= $4::timestamptz)`,
      [regionCode, id, JSON.stringify(report), report.changedAt],
    )) as [unknown, number];
    return affected > 0;
  }

  /** Overdue applications per agency of a region (open, past their due date on `today`). */
  async overdueCounts(regionCode: string, today: string, agencyCode?: string): Promise<{ agencyCode: string; overdue: number }[]> {
    return (await this.dataSource.query(
      `SELECT agency_code AS "agencyCode", count(*)::int AS overdue FROM application
       WHERE region_code = $1 AND status IN ${OPEN} AND due_date < $2::date AND ($3::text IS NULL OR agency_code = $3)
       GROUP BY agency_code ORDER BY agency_code`,
      [regionCode, today, agencyCode ?? null],
    )) as { agencyCode: string; overdue: number }[];
  }

  private async insertEvent(manager: EntityManager, regionCode: string, id: string, event: ApplicationEventRow): Promise<void> {
    await manager.query(
      `INSERT INTO application_event (region_code, application_id, action, from_status, to_status, at, service_date, actor_type, actor_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        regionCode,
        id,
        event.action,
        event.fromStatus,
        event.toStatus,
        event.at,
        event.serviceDate,
        event.actorType,
        event.actorId,
        event.note,
      ],
    );
  }
}
