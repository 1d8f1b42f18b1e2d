import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import type { PriorityGroup } from '@mpp/domain';

import { managerOf, Transactions, type Tx } from '../database/transactions';
import { ISSUE_TICKET_SQL } from './issue-ticket-sql';
import { TICKET_COLUMNS, type TicketChannel, type TicketRow } from './ticket-row';

export interface NewTicket {
  regionCode: string;
  id: string;
  siteCode: string;
  serviceDate: string;
  prefix: string;
  agencyCode: string;
  serviceCode: string;
  channel: TicketChannel;
  priority: PriorityGroup | null;
  bookingId?: string | null;
  slotStart?: Date | null;
  phone?: string | null;
  /** The most numbers the line gives out that day; a booking's check-in passes none. */
  quota?: number;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

export type IssueResult =
  | { kind: 'issued'; ticket: IssuedTicketRow }
  | { kind: 'replayed'; ticket: TicketRow }
  | { kind: 'quota-exhausted' }
  | { kind: 'key-reused' };

const NO_QUOTA = 2_147_483_647;

/** A ticket just issued, with how many wait in its line now, itself included (read from the line's row by the same statement). */
export type IssuedTicketRow = TicketRow & { lineWaiting: number };

/** What a line's positions are computed from: its waiting tickets, its call-order memory, its recent mean and its open counters. */
export interface LineViewRows {
  tickets: { id: string; arrivedAt: Date; sequence: number; priority: PriorityGroup | null; slotStart: Date | null }[];
  regularSincePriority: number | null;
  meanServiceSeconds: number | null;
  openCounters: number;
}

export class TicketsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Outside a transaction the statement goes straight to the driver's pool: this is the
   * opening-burst path, and TypeORM's per-query runner costs a third of its throughput.
   */
  async issue(ticket: NewTicket, tx?: Tx): Promise<IssuedTicketRow | undefined> {
    const params = [
      ticket.regionCode,
      ticket.siteCode,
      ticket.prefix,
      ticket.serviceDate,
      ticket.agencyCode,
      ticket.serviceCode,
      ticket.quota ?? NO_QUOTA,
      ticket.id,
      ticket.channel,
      ticket.priority,
      ticket.bookingId ?? null,
      ticket.slotStart ?? null,
      ticket.phone ?? null,
    ];
    if (tx) return ((await managerOf(this.dataSource, tx).query(ISSUE_TICKET_SQL, params)) as IssuedTicketRow[])[0];
    return (await this.prepared<IssuedTicketRow>('issue-ticket', ISSUE_TICKET_SQL, params))[0];
  }

  /**
   * A statement of the issuing path and its live updates (run on every issue, or every line's
   * settle), named so each connection parses it once, and sent straight to the driver's pool:
   * TypeORM's per-query runner, entity manager and broadcaster cost more CPU than the read.
   */
  private async prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query({ name, text, values })).rows as T[];
  }

  /**
   * Issues once per idempotency key (Stripe's rules): the key is claimed in the same
   * transaction as the ticket, so a concurrent duplicate waits for the first to commit and then
   * gets its ticket; the same key with a different request is refused; a refused request
   * (closed, quota) keeps no key, so a retry is judged afresh. Keys are kept for 24 hours.
   */
  async issueOnce(ticket: NewTicket, claim: IdempotencyClaim): Promise<IssueResult> {
    return new Transactions(this.dataSource).run(async (tx) => {
      const manager = managerOf(this.dataSource, tx);
      const claimed = (await manager.query(
        `INSERT INTO idempotency_key (region_code, scope, key, request_hash, ticket_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (region_code, scope, key)
         DO UPDATE SET request_hash = EXCLUDED.request_hash, ticket_id = EXCLUDED.ticket_id, created_at = now()
           WHERE idempotency_key.created_at < now() - interval '24 hours'
         RETURNING ticket_id`,
        [ticket.regionCode, claim.scope, claim.key, claim.requestHash, ticket.id],
      )) as unknown[];
      if (claimed.length === 0) return (await this.earlierIssue(ticket.regionCode, claim, tx)) as IssueResult;
      const issued = await this.issue(ticket, tx);
      if (!issued) {
        // Nothing was issued: give the key back so a retry is judged afresh.
        await manager.query(`DELETE FROM idempotency_key WHERE region_code = $1 AND scope = $2 AND key = $3`, [
          ticket.regionCode,
          claim.scope,
          claim.key,
        ]);
        return { kind: 'quota-exhausted' };
      }
      return { kind: 'issued', ticket: issued };
    });
  }

  /** The answer a live idempotency key already holds: the same ticket, or a refusal when the request differs. */
  async earlierIssue(regionCode: string, claim: IdempotencyClaim, tx?: Tx): Promise<IssueResult | undefined> {
    const [first] = (await managerOf(this.dataSource, tx).query(
      `SELECT request_hash AS "requestHash", ticket_id AS "ticketId" FROM idempotency_key
       WHERE region_code = $1 AND scope = $2 AND key = $3 AND created_at >= now() - interval '24 hours'`,
      [regionCode, claim.scope, claim.key],
    )) as { requestHash: string; ticketId: string }[];
    if (!first) return undefined;
    if (first.requestHash !== claim.requestHash) return { kind: 'key-reused' };
    return { kind: 'replayed', ticket: (await this.find(regionCode, first.ticketId, tx)) as TicketRow };
  }

  async find(regionCode: string, id: string, tx?: Tx): Promise<TicketRow | undefined> {
    const [row] = (await managerOf(this.dataSource, tx).query(`SELECT ${TICKET_COLUMNS} FROM ticket WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as TicketRow[];
    return row;
  }

  async findByNumber(
    key: { regionCode: string; siteCode: string; serviceDate: string; prefix: string; sequence: number },
    tx?: Tx,
  ): Promise<TicketRow | undefined> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT ${TICKET_COLUMNS} FROM ticket WHERE region_code = $1 AND site_code = $2 AND service_date = $3 AND prefix = $4 AND sequence = $5`,
      [key.regionCode, key.siteCode, key.serviceDate, key.prefix, key.sequence],
    )) as TicketRow[];
    return row;
  }

  /** The tickets waiting in the lines of an agency at a site on a day, optionally of some services only. */
  async waiting(
    key: { regionCode: string; siteCode: string; serviceDate: string; agencyCode?: string; serviceCodes?: string[] },
    tx?: Tx,
  ): Promise<TicketRow[]> {
    return (await managerOf(this.dataSource, tx).query(
      `SELECT ${TICKET_COLUMNS} FROM ticket
       WHERE region_code = $1 AND site_code = $2 AND service_date = $3 AND status = 'waiting'
         AND ($4::text IS NULL OR agency_code = $4) AND ($5::text[] IS NULL OR service_code = ANY($5))
       ORDER BY arrived_at`,
      [key.regionCode, key.siteCode, key.serviceDate, key.agencyCode ?? null, key.serviceCodes ?? null],
    )) as TicketRow[];
  }

  /** How many wait in a line now: its day row keeps the count (no ticket is counted). */
  async countWaiting(key: { regionCode: string; siteCode: string; serviceDate: string; prefix: string }): Promise<number> {
    const [row] = await this.prepared<{ waiting: number }>(
      'count-waiting',
      `SELECT waiting FROM queue_line_day WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [key.regionCode, key.siteCode, key.prefix, key.serviceDate],
    );
    return row?.waiting ?? 0;
  }

  /** Waiting tickets per service at a site on a day, for boards: the lines' day rows. */
  async waitingPerService(
    regionCode: string,
    siteCode: string,
    serviceDate: string,
  ): Promise<{ agencyCode: string; serviceCode: string; waiting: number }[]> {
    return (await this.dataSource.query(
      `SELECT agency_code AS "agencyCode", service_code AS "serviceCode", sum(waiting)::int AS waiting FROM queue_line_day
       WHERE region_code = $1 AND site_code = $2 AND service_date = $3 GROUP BY agency_code, service_code`,
      [regionCode, siteCode, serviceDate],
    )) as { agencyCode: string; serviceCode: string; waiting: number }[];
  }

  /**
   * Everything a line's positions and wait estimates are computed from, in one statement: its
   * waiting tickets (only the columns the call order reads), the ratio strategy's memory of
   * the day, the recent mean service time (today's, else the last day's) and how many counters
   * serving it are open. Live pages compute a line once per change from this.
   */
  async lineView(key: {
    regionCode: string;
    siteCode: string;
    serviceDate: string;
    agencyCode: string;
    serviceCode: string;
    prefix: string;
  }): Promise<LineViewRows> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.arrived_at AS "arrivedAt", t.sequence, t.priority, t.slot_start AS "slotStart",
              s.regular_since_priority AS "regularSincePriority", s.mean AS "meanServiceSeconds", s.open AS "openCounters"
       FROM (SELECT
               (SELECT regular_since_priority FROM queue_line_day
                WHERE region_code = $1 AND site_code = $2 AND prefix = $6 AND service_date = $3) AS regular_since_priority,
               (SELECT mean_service_seconds FROM queue_line_day
                WHERE region_code = $1 AND site_code = $2 AND prefix = $6 AND service_date <= $3 AND mean_service_seconds IS NOT NULL
                ORDER BY service_date DESC LIMIT 1) AS mean,
               (SELECT count(*)::int FROM counter_state
                WHERE region_code = $1 AND site_code = $2 AND status = 'open' AND agency_code = $4 AND $5::text = ANY(services)) AS open) s
       LEFT JOIN ticket t ON t.region_code = $1 AND t.site_code = $2 AND t.service_date = $3 AND t.status = 'waiting'
         AND t.agency_code = $4 AND t.service_code = $5`,
      [key.regionCode, key.siteCode, key.serviceDate, key.agencyCode, key.serviceCode, key.prefix],
    )) as (LineViewRows['tickets'][number] & {
      id: string | null;
      regularSincePriority: number | null;
      meanServiceSeconds: number | null;
      openCounters: number;
    })[];
    const [first] = rows;
    return {
      tickets: rows
        .filter((row) => row.id !== null)
        .map(({ id, arrivedAt, sequence, priority, slotStart }) => ({ id, arrivedAt, sequence, priority, slotStart })),
      regularSincePriority: first?.regularSincePriority ?? null,
      meanServiceSeconds: first?.meanServiceSeconds ?? null,
      openCounters: first?.openCounters ?? 0,
    };
  }

  /** A line's recent mean service time (today's, else the last day's) and how many counters serving it are open: the wait estimate's figures. */
  async lineFigures(key: {
    regionCode: string;
    siteCode: string;
    serviceDate: string;
    agencyCode: string;
    serviceCode: string;
    prefix: string;
  }): Promise<{ meanServiceSeconds: number | null; openCounters: number }> {
    const [row] = await this.prepared<{ meanServiceSeconds: number | null; openCounters: number }>(
      'line-figures',
      `SELECT (SELECT mean_service_seconds FROM queue_line_day
               WHERE region_code = $1 AND site_code = $2 AND prefix = $6 AND service_date <= $3 AND mean_service_seconds IS NOT NULL
               ORDER BY service_date DESC LIMIT 1) AS "meanServiceSeconds",
              (SELECT count(*)::int FROM counter_state
               WHERE region_code = $1 AND site_code = $2 AND status = 'open' AND agency_code = $4 AND $5::text = ANY(services)) AS "openCounters"`,
      [key.regionCode, key.siteCode, key.serviceDate, key.agencyCode, key.serviceCode, key.prefix],
    );
    return row;
  }

  /** Several tickets at once (a line's watched tickets that left it), in one statement. */
  async findMany(regionCode: string, ids: readonly string[]): Promise<TicketRow[]> {
    if (ids.length === 0) return [];
    return (await this.dataSource.query(`SELECT ${TICKET_COLUMNS} FROM ticket WHERE region_code = $1 AND id = ANY($2::uuid[])`, [
      regionCode,
      ids,
    ])) as TicketRow[];
  }

  /** Marks a ticket notified; false when it already was (another instance got there first). */
  async claimNotice(regionCode: string, id: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      `UPDATE ticket SET notified_at = now() WHERE region_code = $1 AND id = $2 AND notified_at IS NULL RETURNING 1`,
      [regionCode, id],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Drops idempotency keys older than a day; returns how many. */
  async pruneIdempotencyKeys(): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'`)) as [
      unknown[],
      number,
    ];
    return count;
  }
}
