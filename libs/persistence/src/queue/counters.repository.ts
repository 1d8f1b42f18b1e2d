import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { TicketAction, TicketStamp, TicketStatus } from '@mpp/domain';
import { formatTicketNumber, ticketWebhookEvent, webhookEnvelope } from '@mpp/domain';

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
 * Counters (loket) and the moves of tickets between them, run inside one transaction per action
 * (the figures of the move go last, through `QueueFiguresRepository`). Every ticket update names
 * the statuses it may start from, so a move that lost a race changes nothing and says so.
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
}
