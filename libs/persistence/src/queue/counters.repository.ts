import type { CallOrderState, TicketAction, TicketStamp, TicketStatus } from '@mpp/domain';
import { formatTicketNumber, MEAN_SERVICE_WEIGHT, minuteBucket, ticketWebhookEvent, webhookEnvelope } from '@mpp/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../database/transactions';
import { appendOutbox } from '../webhooks/webhooks.repository';
import { TICKET_COLUMNS, type TicketRow } from './ticket-row';

export interface CounterKey {
  regionCode: string;
  agencyCode: string;
  counterCode: string;
}

export interface CounterStateRow extends CounterKey {
  siteCode: string;
  status: 'open' | 'closed';
  officerId: string | null;
  services: string[];
  currentTicketId: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
}

export interface LineKey {
  regionCode: string;
  siteCode: string;
  prefix: string;
  serviceDate: string;
}

/** The lines of a site on a day. */
export interface SiteDayKey {
  regionCode: string;
  siteCode: string;
  serviceDate: string;
}

/** One move of a ticket as the store writes it (the domain's `planMove` gives all but the moment and the places). */
export interface TicketMoveWrite {
  /** The statuses the ticket must still be in: checked in the same statement. */
  from: readonly TicketStatus[];
  to: TicketStatus;
  at: Date;
  /** Set to `at`. */
  stamps: readonly TicketStamp[];
  /** Set to null. */
  clears: readonly TicketStamp[];
  countsCall: boolean;
  /** The counter the ticket is at afterwards; left as it is when undefined. */
  counterCode?: string | null;
  /** The service whose line a transferred ticket joins. */
  service?: { agencyCode: string; serviceCode: string; linePrefix: string };
}

const STAMP_COLUMNS: Record<TicketStamp, string> = {
  calledAt: 'called_at',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
  queuedAt: 'queued_at',
  notifiedAt: 'notified_at',
};

const COUNTER_COLUMNS = `region_code AS "regionCode", agency_code AS "agencyCode", counter_code AS "counterCode", site_code AS "siteCode",
  status, officer_id AS "officerId", services, current_ticket_id AS "currentTicketId", opened_at AS "openedAt", closed_at AS "closedAt"`;

/**
 * Counters (loket) and the moves of tickets between them. The service layer runs these inside
 * one transaction per action, with the figures last: a line's day row is also where tickets
 * are numbered, so it is locked for the shortest time, and one action touches one line row; every ticket update names the statuses it may start from, so a
 * move that lost a race changes nothing and says so.
 */
export class CountersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async state(key: CounterKey, tx?: Tx, lock = false): Promise<CounterStateRow | undefined> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT ${COUNTER_COLUMNS} FROM counter_state WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3${lock ? ' FOR UPDATE' : ''}`,
      [key.regionCode, key.agencyCode, key.counterCode],
    )) as CounterStateRow[];
    return row;
  }

  async open(key: CounterKey & { siteCode: string; officerId: string; services: string[]; at: Date }, tx: Tx): Promise<CounterStateRow> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `INSERT INTO counter_state AS c (region_code, agency_code, counter_code, site_code, status, officer_id, services, opened_at)
       VALUES ($1, $2, $3, $4, 'open', $5, $6, $7)
       ON CONFLICT (region_code, agency_code, counter_code) DO UPDATE
         SET site_code = $4, status = 'open', officer_id = $5, services = $6, opened_at = $7, closed_at = NULL, current_ticket_id = NULL
       RETURNING ${COUNTER_COLUMNS}`,
      [key.regionCode, key.agencyCode, key.counterCode, key.siteCode, key.officerId, key.services, key.at],
    )) as CounterStateRow[];
    return row;
  }

  async close(key: CounterKey, at: Date, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE counter_state SET status = 'closed', closed_at = $4, officer_id = NULL, current_ticket_id = NULL
       WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3`,
      [key.regionCode, key.agencyCode, key.counterCode, at],
    );
  }

  async setCurrent(key: CounterKey, ticketId: string | null, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE counter_state SET current_ticket_id = $4 WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3`,
      [key.regionCode, key.agencyCode, key.counterCode, ticketId],
    );
  }

  /** Open counters of a site, for boards and wait estimates. */
  async openAt(regionCode: string, siteCode: string, tx?: Tx): Promise<(CounterStateRow & { counterName: string })[]> {
    return (await managerOf(this.dataSource, tx).query(
      `SELECT s.region_code AS "regionCode", s.agency_code AS "agencyCode", s.counter_code AS "counterCode", s.site_code AS "siteCode",
              s.status, s.officer_id AS "officerId", s.services, s.current_ticket_id AS "currentTicketId", s.opened_at AS "openedAt",
              s.closed_at AS "closedAt", c.name AS "counterName"
       FROM counter_state s JOIN counter c ON c.region_code = s.region_code AND c.agency_code = s.agency_code AND c.code = s.counter_code
       WHERE s.region_code = $1 AND s.site_code = $2 AND s.status = 'open' ORDER BY s.agency_code, s.counter_code`,
      [regionCode, siteCode],
    )) as (CounterStateRow & { counterName: string })[];
  }

  /**
   * Serialises the calls of one agency at one site for the rest of the transaction: two
   * officers pressing "call next" at once are answered one after the other, each with a
   * different ticket, and the call-order state (ratio strategy) stays exact. Calls are a few a
   * minute, so the wait is nothing; ticket issuing never takes this lock.
   */
  async lockCalling(regionCode: string, siteCode: string, agencyCode: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `call:${regionCode}:${siteCode}:${agencyCode}`,
    ]);
  }

  /** The call-order memory of the lines of a site's day that have a row yet, by prefix. */
  async callOrderStates(day: SiteDayKey, tx?: Tx): Promise<Map<string, CallOrderState>> {
    const rows = (await managerOf(this.dataSource, tx).query(
      `SELECT prefix, regular_since_priority AS "regularSincePriority"
       FROM queue_line_day WHERE region_code = $1 AND site_code = $2 AND service_date = $3`,
      [day.regionCode, day.siteCode, day.serviceDate],
    )) as { prefix: string; regularSincePriority: number }[];
    return new Map(rows.map((row) => [row.prefix, { regularSincePriority: row.regularSincePriority }]));
  }

  /** The recent mean service time of a line: today's, else the last day that had one. */
  async recentMeanServiceSeconds(key: LineKey, tx?: Tx): Promise<number | null> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT mean_service_seconds AS mean FROM queue_line_day
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date <= $4 AND mean_service_seconds IS NOT NULL
       ORDER BY service_date DESC LIMIT 1`,
      [key.regionCode, key.siteCode, key.prefix, key.serviceDate],
    )) as { mean: number }[];
    return row ? row.mean : null;
  }

  /**
   * Moves a ticket as `write` says if it is still in one of `write.from`; undefined when it is
   * not (someone else moved it first).
   */
  async move(ticket: { regionCode: string; id: string }, write: TicketMoveWrite, tx: Tx): Promise<TicketRow | undefined> {
    const params: unknown[] = [ticket.regionCode, ticket.id, [...write.from], write.to];
    const assignments = ['status = $4'];
    const add = (column: string, value: unknown) => {
      params.push(value);
      assignments.push(`${column} = $${params.length}`);
    };
    for (const stamp of write.stamps) add(STAMP_COLUMNS[stamp], write.at);
    for (const stamp of write.clears) assignments.push(`${STAMP_COLUMNS[stamp]} = NULL`);
    if (write.counterCode !== undefined) add('counter_code', write.counterCode);
    if (write.countsCall) assignments.push('call_count = call_count + 1');
    if (write.service) {
      add('agency_code', write.service.agencyCode);
      add('service_code', write.service.serviceCode);
      add('line_prefix', write.service.linePrefix);
    }
    const [rows] = (await managerOf(this.dataSource, tx).query(
      `UPDATE ticket SET ${assignments.join(', ')} WHERE region_code = $1 AND id = $2 AND status = ANY($3) RETURNING ${TICKET_COLUMNS}`,
      params,
    )) as [TicketRow[], number];
    return rows[0];
  }

  async recordEvent(
    event: { ticket: TicketRow; action: TicketAction | 'issue'; at: Date; counterCode?: string | null; actorId?: string | null },
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO ticket_event (region_code, ticket_id, action, status, at, agency_code, service_code, counter_code, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.ticket.regionCode,
        event.ticket.id,
        event.action,
        event.ticket.status,
        event.at,
        event.ticket.agencyCode,
        event.ticket.serviceCode,
        event.counterCode ?? null,
        event.actorId ?? null,
      ],
    );
    // Every move of a ticket passes here inside its transaction: the outbox row commits with it.
    const type = event.action === 'issue' ? 'ticket.issued' : ticketWebhookEvent(event.action, event.ticket.status);
    if (!type) return;
    const { ticket } = event;
    await appendOutbox(managerOf(this.dataSource, tx), [
      {
        id: randomUUID(),
        regionCode: ticket.regionCode,
        agencyCode: ticket.agencyCode,
        type,
        payload: webhookEnvelope(type, event.at, {
          ticketId: ticket.id,
          regionCode: ticket.regionCode,
          siteCode: ticket.siteCode,
          agencyCode: ticket.agencyCode,
          serviceCode: ticket.serviceCode,
          number: formatTicketNumber(ticket.prefix, ticket.sequence),
          status: ticket.status,
          counterCode: event.counterCode ?? ticket.counterCode,
        }),
      },
    ]);
  }

  /**
   * Figures of a call: one more called ticket, its wait in the line's and the counter's
   * histograms, and the line's call-order memory after it (`stateAfterCall`; calls of an agency
   * hold its calling lock, so the memory read before is still the line's).
   */
  async countCall(line: LineKey, counter: CounterKey, waitSeconds: number, after: CallOrderState, tx: Tx): Promise<void> {
    const bucket = minuteBucket(waitSeconds) + 1;
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET called = called + 1, wait_seconds_sum = wait_seconds_sum + $5, wait_histogram[$6] = wait_histogram[$6] + 1
       WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate, Math.round(waitSeconds), bucket],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET called = called + 1, wait_seconds_sum = wait_seconds_sum + $5,
              wait_histogram[$6] = wait_histogram[$6] + 1,
              regular_since_priority = $7
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, Math.round(waitSeconds), bucket, after.regularSincePriority],
    );
  }

  /**
   * Figures of a finished service: served, its time, and the line's recent mean for wait
   * estimates, folded in by the UPDATE itself so two finishes at once both count; `firstMean`
   * is the mean to start the day's row from.
   */
  async countServed(line: LineKey, counter: CounterKey, serviceSeconds: number, firstMean: number, tx: Tx): Promise<void> {
    const bucket = minuteBucket(serviceSeconds) + 1;
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET served = served + 1, service_seconds_sum = service_seconds_sum + $5,
              service_histogram[$6] = service_histogram[$6] + 1
       WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate, Math.round(serviceSeconds), bucket],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET served = served + 1, service_seconds_sum = service_seconds_sum + $5,
              service_histogram[$6] = service_histogram[$6] + 1,
              mean_service_seconds = CASE WHEN mean_service_seconds IS NULL THEN $7
                                          ELSE mean_service_seconds * (1 - $8::float8) + $5 * $8::float8 END
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, Math.round(serviceSeconds), bucket, firstMean, MEAN_SERVICE_WEIGHT],
    );
  }

  async countNoShow(line: LineKey, counter: CounterKey, tx: Tx): Promise<void> {
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET no_shows = no_shows + 1 WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET no_shows = no_shows + 1 WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate],
    );
  }

  async countCancelled(line: LineKey, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET cancelled = cancelled + 1 WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate],
    );
  }

  /** A ticket joins another line by transfer: that line's day row is made if it is the first of the day. */
  async countTransferIn(line: LineKey & { agencyCode: string; serviceCode: string }, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO queue_line_day AS l (region_code, site_code, prefix, service_date, agency_code, service_code, transferred_in)
       VALUES ($1, $2, $3, $4, $5, $6, 1)
       ON CONFLICT (region_code, site_code, prefix, service_date) DO UPDATE SET transferred_in = l.transferred_in + 1`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, line.agencyCode, line.serviceCode],
    );
  }

  private async counterDay(counter: CounterKey, serviceDate: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO queue_counter_day (region_code, agency_code, counter_code, service_date) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, serviceDate],
    );
  }
}
