import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { type ComplaintStatus, type PageRequest, webhookEnvelope, type WebhookEvent } from '@mpp/domain';

import { insertStaffNotification } from '../notifications/staff-notifications.repository';
import { appendOutbox } from '../webhooks/webhooks.repository';
import type { ComplaintEventRow, ComplaintFilter, ComplaintRow, NewComplaint } from './complaint-row';

export const COMPLAINT_COLUMNS = `region_code AS "regionCode", id, tracking_code AS "trackingCode", channel, site_code AS "siteCode", agency_code AS "agencyCode",
  service_code AS "serviceCode", category, title, account, to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate", incident_place AS "incidentPlace",
  anonymous, secret, reporter_name AS "reporterName", reporter_phone AS "reporterPhone", nik_encrypted AS "nikEncrypted", status,
  to_char(received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(first_response_due, 'YYYY-MM-DD') AS "firstResponseDue",
  to_char(resolution_due, 'YYYY-MM-DD') AS "resolutionDue", escalated_at AS "escalatedAt", escalated_for AS "escalatedFor",
  last_note AS "lastNote", lapor_tracking_id AS "laporTrackingId", lapor_status AS "laporStatus",
  (SELECT state FROM complaint_forwarding f WHERE f.region_code = complaint.region_code AND f.complaint_id = complaint.id) AS "forwarding",
  (SELECT jsonb_build_object('attempts', attempts, 'lastError', COALESCE(status_error, last_error), 'checkedAt', status_checked_at,
     'statusFailures', status_failures, 'nextAt', CASE WHEN state = 'delivered' THEN status_next_check_at ELSE next_attempt_at END)
   FROM complaint_forwarding f WHERE f.region_code = complaint.region_code AND f.complaint_id = complaint.id) AS "laporSync",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const EVENT_COLUMNS = `action, from_status AS "fromStatus", to_status AS "toStatus", at, actor_type AS "actorType", actor_id AS "actorId", note`;

/**
 * Complaints and their history. As with applications, a status changes only by one conditional
 * UPDATE on the status the caller read, written with its event in one transaction.
 */
export class ComplaintsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the complaint and its first event; undefined when the tracking code is taken (draw another). */
  async create(
    row: NewComplaint,
    event: Omit<ComplaintEventRow, 'fromStatus' | 'toStatus' | 'action'>,
    options: { forward?: boolean } = {},
  ): Promise<ComplaintRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [inserted] = (await manager.query(
        `INSERT INTO complaint (region_code, id, tracking_code, channel, site_code, agency_code, service_code, category, title, account,
           incident_date, incident_place, anonymous, secret, reporter_name, reporter_phone, nik_encrypted, nik_key_id, nik_blind_index,
           status, received_on, first_response_due, resolution_due, api_key_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'received', $20, $21, $22, $23)
         ON CONFLICT (region_code, tracking_code) DO NOTHING
         RETURNING ${COMPLAINT_COLUMNS}`,
        [
          row.regionCode,
          row.id,
          row.trackingCode,
          row.channel,
          row.siteCode ?? null,
          row.agencyCode,
          row.serviceCode ?? null,
          row.category,
          row.title,
          row.account,
          row.incidentDate,
          row.incidentPlace,
          row.anonymous,
          row.secret,
          row.reporterName,
          row.reporterPhone,
          row.nik?.encrypted ?? null,
          row.nik?.keyId ?? null,
          row.nik?.blindIndex ?? null,
          row.receivedOn,
          row.firstResponseDue,
          row.resolutionDue,
          row.apiKeyId ?? null,
        ],
      )) as ComplaintRow[];
      if (!inserted) return undefined;
      await insertEvent(manager, row.regionCode, row.id, { ...event, action: 'file', fromStatus: null, toStatus: 'received' });
      await appendComplaintOutbox(manager, 'complaint.status_changed', inserted, 'file', null, event.at);
      // The region forwards every complaint to LAPOR!: the job is written with the complaint.
      if (options.forward) await enqueueForwarding(manager, row.regionCode, row.id, event.at);
      return inserted;
    });
  }

  async find(regionCode: string, id: string): Promise<ComplaintRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as ComplaintRow[];
    return row;
  }

  async findByTrackingCode(regionCode: string, trackingCode: string): Promise<ComplaintRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE region_code = $1 AND tracking_code = $2`, [
      regionCode,
      trackingCode,
    ])) as ComplaintRow[];
    return row;
  }

  async events(regionCode: string, id: string): Promise<ComplaintEventRow[]> {
    return (await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM complaint_event WHERE region_code = $1 AND complaint_id = $2 ORDER BY id`,
      [regionCode, id],
    )) as ComplaintEventRow[];
  }

  /** Moves from `from` to `event.toStatus` (and to `agencyCode` when assigning); undefined when it was no longer in `from`. */
  async move(regionCode: string, id: string, event: ComplaintEventRow & { fromStatus: ComplaintStatus }, agencyCode?: string) {
    return this.dataSource.transaction(async (manager) => {
      const [[row]] = (await manager.query(
        `UPDATE complaint SET status = $4, agency_code = COALESCE($5, agency_code), last_note = COALESCE($6, last_note), updated_at = $7
         WHERE region_code = $1 AND id = $2 AND status = $3 RETURNING ${COMPLAINT_COLUMNS}`,
        [regionCode, id, event.fromStatus, event.toStatus, agencyCode ?? null, event.note, event.at],
      )) as [ComplaintRow[], number];
      if (!row) return undefined;
      await insertEvent(manager, regionCode, id, event);
      await appendComplaintOutbox(manager, 'complaint.status_changed', row, event.action, event.fromStatus, event.at);
      return row;
    });
  }

  async list(filter: ComplaintFilter, page: PageRequest): Promise<{ items: ComplaintRow[]; total: number }> {
    const where = ['region_code = $1'];
    const params: unknown[] = [filter.regionCode];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.agencyCode) add('agency_code = ?', filter.agencyCode);
    if (filter.status) add('status = ?', filter.status);
    if (filter.escalated !== undefined) where.push(filter.escalated ? 'escalated_at IS NOT NULL' : 'escalated_at IS NULL');
    const clause = where.join(' AND ');
    const [items, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE ${clause} ORDER BY created_at DESC, id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, page.offset, page.pageSize],
      ) as Promise<ComplaintRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM complaint WHERE ${clause}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items, total: count.total };
  }

  /** The public list: complaints not marked secret and verified (an unverified one may be unintelligible or abusive). */
  async publicList(regionCode: string, page: PageRequest): Promise<{ items: ComplaintRow[]; total: number }> {
    const clause = `region_code = $1 AND NOT secret AND status NOT IN ('received', 'archived')`;
    const [items, [count]] = await Promise.all([
      this.dataSource.query(`SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE ${clause} ORDER BY created_at DESC, id OFFSET $2 LIMIT $3`, [
        regionCode,
        page.offset,
        page.pageSize,
      ]) as Promise<ComplaintRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM complaint WHERE ${clause}`, [regionCode]) as Promise<{ total: number }[]>,
    ]);
    return { items, total: count.total };
  }

  async countRecentByPhone(regionCode: string, phone: string, since: Date): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE region_code = $1 AND reporter_phone = $2 AND created_at >= $3`,
      [regionCode, phone, since],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Marks the open complaints of a region that missed a deadline on `today` as escalated to the
   * region admin, once each, with an `escalate` event, a notification in the region admins'
   * inbox and a `complaint.escalated` webhook event, all in one transaction; returns those it marked.
   */
  async escalateOverdue(regionCode: string, today: string, at: Date): Promise<ComplaintRow[]> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE complaint SET escalated_at = $3,
           escalated_for = CASE WHEN status IN ('received', 'verified', 'assigned') AND first_response_due < $2::date THEN 'first_response' ELSE 'resolution' END
         WHERE region_code = $1 AND escalated_at IS NULL AND (
           (status IN ('received', 'verified', 'assigned') AND first_response_due < $2::date)
           OR (status IN ('received', 'verified', 'assigned', 'replied') AND resolution_due < $2::date))
         RETURNING ${COMPLAINT_COLUMNS}`,
        [regionCode, today, at],
      )) as [ComplaintRow[], number];
      for (const row of rows) {
        await insertEvent(manager, regionCode, row.id, {
          action: 'escalate',
          fromStatus: row.status,
          toStatus: row.status,
          at,
          actorType: 'system',
          actorId: null,
          note: row.escalatedFor,
        });
        await appendComplaintOutbox(manager, 'complaint.escalated', row, 'escalate', row.status, at);
        await insertStaffNotification(manager, {
          regionCode,
          id: randomUUID(),
          audience: 'region_admin',
          kind: 'complaint.escalated',
          subjectType: 'complaint',
          subjectId: row.id,
          // Codes and dates only: an anonymous complaint's reporter is not in the inbox either.
          payload: {
            trackingCode: row.trackingCode,
            agencyCode: row.agencyCode,
            status: row.status,
            escalatedFor: row.escalatedFor,
            firstResponseDue: row.firstResponseDue,
            resolutionDue: row.resolutionDue,
          },
          createdAt: at,
        });
      }
      return rows;
    });
  }
}

export async function insertEvent(manager: EntityManager, regionCode: string, id: string, event: ComplaintEventRow): Promise<void> {
  await manager.query(
    `INSERT INTO complaint_event (region_code, complaint_id, action, from_status, to_status, at, actor_type, actor_id, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [regionCode, id, event.action, event.fromStatus, event.toStatus, event.at, event.actorType, event.actorId, event.note],
  );
}

/** The webhook event reporting a complaint's step: ids, codes and statuses, never the account or the reporter. */
export async function appendComplaintOutbox(
  manager: EntityManager,
  type: Extract<WebhookEvent, `complaint.${string}`>,
  row: Pick<
    ComplaintRow,
    'regionCode' | 'id' | 'trackingCode' | 'agencyCode' | 'status' | 'escalatedFor' | 'laporTrackingId' | 'laporStatus'
  >,
  action: string,
  previousStatus: ComplaintStatus | null,
  at: Date,
): Promise<void> {
  await appendOutbox(manager, [
    {
      id: randomUUID(),
      regionCode: row.regionCode,
      agencyCode: row.agencyCode,
      type,
      payload: webhookEnvelope(type, at, {
        complaintId: row.id,
        trackingCode: row.trackingCode,
        regionCode: row.regionCode,
        agencyCode: row.agencyCode,
        action,
        previousStatus,
        status: row.status,
        escalatedFor: row.escalatedFor,
        laporTrackingId: row.laporTrackingId,
        laporStatus: row.laporStatus,
      }),
    },
  ]);
}

/** Queues a complaint for SP4N-LAPOR! (once: a second request changes nothing); false when it was queued already. */
export async function enqueueForwarding(manager: EntityManager, regionCode: string, id: string, at: Date): Promise<boolean> {
  const rows = (await manager.query(
    `INSERT INTO complaint_forwarding (region_code, complaint_id, state, next_attempt_at, created_at) VALUES ($1, $2, 'pending', $3, $3)
     ON CONFLICT DO NOTHING RETURNING complaint_id`,
    [regionCode, id, at],
  )) as unknown[];
  return rows.length > 0;
}
