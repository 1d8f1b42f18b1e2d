import { nextStatus, statusesAllowing, type TicketAction, type TicketStatus } from './ticket-lifecycle';

/** A ticket's times that a move sets to its own moment, or clears. */
export type TicketStamp = 'calledAt' | 'startedAt' | 'finishedAt' | 'queuedAt' | 'notifiedAt';

/**
 * Who has the ticket after a move:
 * - `counter`: the counter that moved it serves it (it is the counter's current ticket);
 * - `set-aside`: the counter put it aside; it is no longer the counter's current ticket but
 *   keeps the counter's code, so that counter (or a supervisor) calls it back by number;
 * - `line`: it waits in a line again, at no counter;
 * - `nobody`: it is finished with.
 */
export type TicketKeeper = 'counter' | 'set-aside' | 'line' | 'nobody';

/**
 * The day figure a move adds one to. `called`, `served` and `no_show` count on the line's and
 * the counter's day rows; `transferred_in` on the destination line's; `cancelled` on the line's.
 */
export type QueueFigure = 'called' | 'served' | 'no_show' | 'transferred_in' | 'cancelled';

export interface TicketMoveEffects {
  /** Set to the moment of the move. */
  stamps: readonly TicketStamp[];
  /** Emptied: a transferred ticket starts its new line as if never called. */
  clears: readonly TicketStamp[];
  /** Whether the move counts as one more call of the visitor (the board speaks the number again). */
  countsCall: boolean;
  keeper: TicketKeeper;
  figure: QueueFigure | null;
  /** Whether boards announce the ticket (and speak it). */
  announced: boolean;
}

/**
 * What each move does besides changing the status (`ticket-lifecycle.ts` says which status
 * it goes from and to). The counters, the citizen's cancel and the figures all read this table,
 * so a move's effects are written once.
 */
export const TICKET_MOVE_EFFECTS: Readonly<Record<TicketAction, TicketMoveEffects>> = {
  call: { stamps: ['calledAt'], clears: [], countsCall: true, keeper: 'counter', figure: 'called', announced: true },
  recall: { stamps: [], clears: [], countsCall: true, keeper: 'counter', figure: null, announced: true },
  start: { stamps: ['startedAt'], clears: [], countsCall: false, keeper: 'counter', figure: null, announced: false },
  hold: { stamps: [], clears: [], countsCall: false, keeper: 'set-aside', figure: null, announced: false },
  skip: { stamps: ['finishedAt'], clears: [], countsCall: false, keeper: 'nobody', figure: 'no_show', announced: false },
  finish: { stamps: ['finishedAt'], clears: [], countsCall: false, keeper: 'nobody', figure: 'served', announced: false },
  // The served figure is counted once, where the visit's service ends; here the step counts as moved on.
  transfer: {
    stamps: ['queuedAt'],
    clears: ['calledAt', 'startedAt', 'notifiedAt'],
    countsCall: false,
    keeper: 'line',
    figure: 'transferred_in',
    announced: false,
  },
  cancel: { stamps: ['finishedAt'], clears: [], countsCall: false, keeper: 'nobody', figure: 'cancelled', announced: false },
};

/** One move of one ticket, ready for the store: the statuses it may start from (checked in the same statement) and where it goes. */
export interface TicketMove extends TicketMoveEffects {
  action: TicketAction;
  from: readonly TicketStatus[];
  to: TicketStatus;
}

/**
 * The move `action` makes from `current`, or a 409 TICKET_STATE_CONFLICT. A held ticket was
 * counted as called when first called: calling it back counts no figure again.
 */
export function planMove(current: TicketStatus, action: TicketAction): TicketMove {
  const to = nextStatus(current, action);
  const effects = TICKET_MOVE_EFFECTS[action];
  const figure = action === 'call' && current === 'held' ? null : effects.figure;
  return { ...effects, figure, action, from: statusesAllowing(action), to };
}
