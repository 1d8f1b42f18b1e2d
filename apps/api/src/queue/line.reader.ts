import { Injectable } from '@nestjs/common';

import { callOrderOf, type ServiceRecord } from '@mpp/deployment';
import { callingOrder, type CallOrderState, INITIAL_CALL_ORDER_STATE, type ServiceLine, type WaitingTicket } from '@mpp/domain';
import {
  type CounterStateRow,
  QueueFiguresRepository,
  type SiteDayKey,
  type TicketRow,
  TicketsRepository,
  type Tx,
} from '@mpp/persistence';

import type { RegionLayout } from './queue-layout.service';

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

/** The call-order memory of each line of a site's day, by the line's prefix. */
export type CallOrderStates = (prefix: string) => CallOrderState;

/** Reads a line as its counters call it: who is ahead of whom (pages' places are `LinePositions`'). */
@Injectable()
export class LineReader {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly figures: QueueFiguresRepository,
  ) {}

  /**
   * The ratio strategy's memory of the lines of a site's day: the one place it is read, for
   * calling (under the agency's calling lock) and for showing the line. A line with no row yet
   * starts from the domain's initial state; each first call moves it on with `stateAfterCall`.
   */
  async callOrderStates(day: SiteDayKey, tx?: Tx): Promise<CallOrderStates> {
    const states = await this.figures.callOrderStates(day, tx);
    return (prefix) => states.get(prefix) ?? INITIAL_CALL_ORDER_STATE;
  }

  /**
   * The lines a counter calls from, for the domain's `nextToCall`: the waiting tickets of each
   * of its active services, that service's call order and its memory. Read under the agency's
   * calling lock, so the memory is still the line's when the call is counted.
   */
  async callingLines(
    layout: RegionLayout,
    counter: CounterStateRow,
    day: SiteDayKey,
    tx: Tx,
  ): Promise<{ lines: ServiceLine[]; waiting: TicketRow[] }> {
    const waiting = await this.tickets.waiting({ ...day, agencyCode: counter.agencyCode, serviceCodes: counter.services }, tx);
    const states = await this.callOrderStates(day, tx);
    const lines = counter.services.flatMap((serviceCode) => {
      const service = layout.state.services.get(`${counter.agencyCode}/${serviceCode}`);
      if (!service?.active) return [];
      return [
        {
          key: serviceCode,
          order: callOrderOf(service.value),
          state: states(service.value.queue.prefix),
          tickets: waiting.filter((row) => row.serviceCode === serviceCode).map(waitingTicket),
        },
      ];
    });
    return { lines, waiting };
  }

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
    tx?: Tx,
  ): Promise<{ order: TicketRow[]; state: CallOrderState }> {
    const rows = await this.tickets.waiting(
      {
        regionCode: line.regionCode,
        siteCode: line.siteCode,
        serviceDate: line.serviceDate,
        agencyCode: line.agencyCode,
        serviceCodes: [line.serviceCode],
      },
      tx,
    );
    const state = (await this.callOrderStates(line, tx))(line.prefix);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const order = callingOrder(rows.map(waitingTicket), callOrderOf(line.record), now.getTime(), state).map(
      (t) => byId.get(t.id) as TicketRow,
    );
    return { order, state };
  }
}
