import type { PriorityGroup } from './priority';

/**
 * The order in which a service's waiting tickets are called, chosen per service in the
 * deployment file (`queue.callOrder`) and shown to admins in the catalogue:
 *
 * - `fcfs`: by arrival time. Priority marks are ignored.
 * - `booked_first`: tickets from bookings whose slot is due (within `windowMinutes` of its
 *   start, or past it) go first, by slot then arrival; everyone else by arrival.
 * - `weighted`: by priority weight × waiting time. A priority visitor counts each minute waited
 *   as `priorityWeight` minutes, a regular visitor as one: with weight 3, a priority visitor
 *   who has waited 5 minutes goes before a regular visitor who has waited less than 15, and
 *   after one who has waited longer. Nobody jumps the queue on arrival and nobody starves.
 * - `ratio`: two lines, each by arrival; after every `regularPerPriority` regular calls the
 *   next call goes to the priority line (when it has anyone), and either line is served when
 *   the other is empty. A priority visitor never waits behind more than N regular calls.
 *
 * Arrival time is the time the visitor first took a ticket: a transfer to another service
 * keeps it, so a visit needing several services is not sent to the back each time.
 */
export type CallOrder =
  | { strategy: 'fcfs' }
  | { strategy: 'booked_first'; windowMinutes: number }
  | { strategy: 'weighted'; priorityWeight: number }
  | { strategy: 'ratio'; regularPerPriority: number };

export const CALL_ORDER_STRATEGIES = ['fcfs', 'booked_first', 'weighted', 'ratio'] as const;
export const DEFAULT_CALL_ORDER: CallOrder = { strategy: 'fcfs' };

export interface WaitingTicket {
  id: string;
  /** Epoch milliseconds of the first ticket of this visit. */
  arrivedAt: number;
  /** The ticket's number of the day: breaks ties within a millisecond, as the numbers were given in arrival order. */
  sequence?: number;
  priority?: PriorityGroup | null;
  /** Epoch milliseconds of the booked slot's start, for tickets from a booking. */
  slotStart?: number | null;
}

/** What the ratio strategy remembers between calls, kept per service and day. */
export interface CallOrderState {
  regularSincePriority: number;
}

/**
 * The most regular calls the ratio strategy counts since the last priority call: past it, the
 * count stays. Any figure above the largest `regularPerPriority` (20) behaves the same; this one
 * is also the `queue_line_day.regular_since_priority` column's default (a line's first call of
 * the day), and fits its integer type.
 */
export const CALL_ORDER_COUNT_CAP = 1_000_000;

/** A line's memory before its first call of the day: no regular call owes a priority visitor anything yet, so one goes first. */
export const INITIAL_CALL_ORDER_STATE: CallOrderState = { regularSincePriority: CALL_ORDER_COUNT_CAP };

const byArrival = (a: WaitingTicket, b: WaitingTicket) =>
  a.arrivedAt - b.arrivedAt || (a.sequence ?? 0) - (b.sequence ?? 0) || a.id.localeCompare(b.id);

/** The waiting tickets of one service in the order they will be called if nothing changes. */
export function callingOrder(
  tickets: readonly WaitingTicket[],
  order: CallOrder,
  now: number,
  state: CallOrderState = INITIAL_CALL_ORDER_STATE,
): WaitingTicket[] {
  switch (order.strategy) {
    case 'fcfs':
      return [...tickets].sort(byArrival);
    case 'booked_first': {
      const window = order.windowMinutes * 60_000;
      const due = (ticket: WaitingTicket) => ticket.slotStart != null && now >= ticket.slotStart - window;
      const booked = tickets.filter(due).sort((a, b) => (a.slotStart as number) - (b.slotStart as number) || byArrival(a, b));
      return [...booked, ...tickets.filter((ticket) => !due(ticket)).sort(byArrival)];
    }
    case 'weighted': {
      const score = (ticket: WaitingTicket) => (ticket.priority ? order.priorityWeight : 1) * Math.max(0, now - ticket.arrivedAt);
      return [...tickets].sort((a, b) => score(b) - score(a) || byArrival(a, b));
    }
    case 'ratio': {
      const priority = tickets.filter((ticket) => ticket.priority).sort(byArrival);
      const regular = tickets.filter((ticket) => !ticket.priority).sort(byArrival);
      const result: WaitingTicket[] = [];
      let since = state.regularSincePriority;
      while (priority.length > 0 || regular.length > 0) {
        const takePriority = priority.length > 0 && (since >= order.regularPerPriority || regular.length === 0);
        result.push((takePriority ? priority : regular).shift() as WaitingTicket);
        since = takePriority ? 0 : since + 1;
      }
      return result;
    }
  }
}

/** The ratio strategy's memory after calling `ticket`. */
export function stateAfterCall(state: CallOrderState, ticket: Pick<WaitingTicket, 'priority'>): CallOrderState {
  return { regularSincePriority: ticket.priority ? 0 : Math.min(state.regularSincePriority + 1, CALL_ORDER_COUNT_CAP) };
}

export interface ServiceLine {
  key: string;
  order: CallOrder;
  state: CallOrderState;
  tickets: readonly WaitingTicket[];
}

/**
 * The ticket a counter serving several services calls next: each service's own order picks
 * its head, and among the heads the one whose visitor has been waiting since the earliest
 * moment goes first (a due booking counts from its slot's start when that is earlier).
 */
export function nextToCall(lines: readonly ServiceLine[], now: number): { key: string; ticket: WaitingTicket } | undefined {
  let best: { key: string; ticket: WaitingTicket; since: number } | undefined;
  for (const line of lines) {
    const [head] = callingOrder(line.tickets, line.order, now, line.state);
    if (!head) continue;
    const since = head.slotStart != null ? Math.min(head.arrivedAt, head.slotStart) : head.arrivedAt;
    if (!best || since < best.since) best = { key: line.key, ticket: head, since };
  }
  return best && { key: best.key, ticket: best.ticket };
}

/**
 * Whether a ticket that has just arrived is called after everyone already waiting, whoever
 * they are: then its place is simply how many wait, itself included, and issuing it needs no
 * read of the line. True for `fcfs` and `weighted` (a newcomer has waited nothing, and ties go
 * by arrival) and for a walk-in under `booked_first`; a ratio line may call a newcomer before
 * priority visitors who came earlier, so its place is computed from the whole line.
 */
export function joinsAtTheEnd(order: CallOrder, ticket: Pick<WaitingTicket, 'slotStart'>): boolean {
  switch (order.strategy) {
    case 'fcfs':
    case 'weighted':
      return true;
    case 'booked_first':
      return ticket.slotStart == null;
    case 'ratio':
      return false;
  }
}
