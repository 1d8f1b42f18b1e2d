import { callOrderOf, type ServiceRecord } from '@mpp/deployment';
import { callingOrder, estimatedWaitMinutes, INITIAL_CALL_ORDER_STATE } from '@mpp/domain';
import type { LineViewRows } from '@mpp/persistence';

import { DEFAULT_SERVICE_SECONDS } from '../line.reader';

/** A line's places, computed once per change and read by every page watching it. */
export interface LineView {
  /** Place (0 = next) of each waiting ticket. */
  index: Map<string, number>;
  meanServiceSeconds: number;
  openCounters: number;
}

export interface PlaceInLine {
  position: number;
  estimatedWaitMinutes: number;
}

/** The line's waiting tickets in the order its strategy will call them, as places by ticket id. */
export function lineViewOf(rows: LineViewRows, record: ServiceRecord, now: number): LineView {
  const state = rows.regularSincePriority === null ? INITIAL_CALL_ORDER_STATE : { regularSincePriority: rows.regularSincePriority };
  const order = callingOrder(
    rows.tickets.map((ticket) => ({
      id: ticket.id,
      arrivedAt: ticket.arrivedAt.getTime(),
      sequence: ticket.sequence,
      priority: ticket.priority,
      slotStart: ticket.slotStart ? ticket.slotStart.getTime() : null,
    })),
    callOrderOf(record),
    now,
    state,
  );
  return {
    index: new Map(order.map((ticket, index) => [ticket.id, index])),
    meanServiceSeconds: rows.meanServiceSeconds ?? DEFAULT_SERVICE_SECONDS,
    openCounters: rows.openCounters,
  };
}

/** Position (1 = next) and estimated wait of the ticket `ahead` places from the front. */
export function placeAt(ahead: number, figures: { meanServiceSeconds: number; openCounters: number }): PlaceInLine {
  return {
    position: ahead + 1,
    estimatedWaitMinutes: estimatedWaitMinutes({
      ahead,
      meanServiceSeconds: figures.meanServiceSeconds,
      openCounters: figures.openCounters,
    }),
  };
}
