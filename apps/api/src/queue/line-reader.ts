import { callOrderOf, type ServiceRecord } from '@mpp/deployment';
import { type CallOrderState, callingOrder, estimatedWaitMinutes, type WaitingTicket } from '@mpp/domain';
import { CountersRepository, TicketsRepository, type TicketRow } from '@mpp/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** When a line has no service time yet (its first day), assume this until the first finish. */
export const DEFAULT_SERVICE_SECONDS = 300;

export function waitingTicket(row: TicketRow): WaitingTicket {
  return {
    id: row.id,
    arrivedAt: row.arrivedAt.getTime(),
    sequence: row.sequence,
    priority: row.priority,
    slotStart: row.slotStart ? row.slotStart.getTime() : null,
  };
}

export interface LinePosition {
  position: number;
  estimatedWaitMinutes: number;
}

/** Reads a line as its visitors see it: who is ahead of whom, and how long until the call. */
@Injectable()
export class LineReader {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly counters: CountersRepository,
  ) {}

  /** The waiting tickets of one service at a site, in the order its strategy will call them. */
  async ordered(
    line: {
      regionCode: string;
      siteCode: string;
      serviceDate: string;
      agencyCode: string;
      serviceCode: string;
      prefix: string;
      record: ServiceRecord;
    },
    now: Date,
    manager?: EntityManager,
  ): Promise<{ order: TicketRow[]; state: CallOrderState }> {
    const rows = await this.tickets.waiting(
      {
        regionCode: line.regionCode,
        siteCode: line.siteCode,
        serviceDate: line.serviceDate,
        agencyCode: line.agencyCode,
        serviceCodes: [line.serviceCode],
      },
      manager,
    );
    const states = await this.counters.lineStates(line.regionCode, line.siteCode, line.serviceDate, manager);
    const state = { regularSincePriority: states.find((s) => s.prefix === line.prefix)?.regularSincePriority ?? 1_000_000 };
    const byId = new Map(rows.map((row) => [row.id, row]));
    const order = callingOrder(rows.map(waitingTicket), callOrderOf(line.record), now.getTime(), state).map(
      (t) => byId.get(t.id) as TicketRow,
    );
    return { order, state };
  }

  /** Position (1 = next) and estimated wait of a waiting ticket. */
  async position(ticket: TicketRow, record: ServiceRecord, now: Date): Promise<LinePosition | undefined> {
    if (ticket.status !== 'waiting') return undefined;
    const prefix = record.queue.prefix;
    const { order } = await this.ordered({ ...ticket, prefix, record }, now);
    const index = order.findIndex((row) => row.id === ticket.id);
    if (index < 0) return undefined;
    const mean =
      (await this.counters.recentMeanServiceSeconds({
        regionCode: ticket.regionCode,
        siteCode: ticket.siteCode,
        prefix,
        serviceDate: ticket.serviceDate,
      })) ?? DEFAULT_SERVICE_SECONDS;
    const open = (await this.counters.openAt(ticket.regionCode, ticket.siteCode)).filter(
      (counter) => counter.agencyCode === ticket.agencyCode && counter.services.includes(ticket.serviceCode),
    ).length;
    return {
      position: index + 1,
      estimatedWaitMinutes: estimatedWaitMinutes({ ahead: index, meanServiceSeconds: mean, openCounters: open }),
    };
  }
}
