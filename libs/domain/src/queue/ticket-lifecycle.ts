import { ConflictError } from '../errors/domain-error';

/**
 * A ticket's life at the counters:
 *
 *   waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
 *      ▲  │            │  ▲ recall         │
 *      │  cancel       │  └──────── hold ──┤ (held: set aside, e.g. fetching a document;
 *      │  ▼            │          ▼        │  called again later)
 *      │ cancelled     skip    held ─call─▶ called
 *      │               ▼
 *      │             no_show
 *      └── transfer (from called, serving or held): waiting at another service, same arrival time
 */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'held', 'done', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = ['call', 'recall', 'start', 'hold', 'skip', 'transfer', 'finish', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const ALLOWED_FROM: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting', 'held'],
  recall: ['called'],
  start: ['called'],
  hold: ['called', 'serving'],
  skip: ['called'],
  transfer: ['called', 'serving', 'held'],
  finish: ['serving'],
  cancel: ['waiting'],
};

const RESULT: Record<TicketAction, TicketStatus> = {
  call: 'called',
  recall: 'called',
  start: 'serving',
  hold: 'held',
  skip: 'no_show',
  transfer: 'waiting',
  finish: 'done',
  cancel: 'cancelled',
};

/** The statuses a ticket may be in for `action` to apply; the store checks it in the same statement. */
export function statusesAllowing(action: TicketAction): readonly TicketStatus[] {
  return ALLOWED_FROM[action];
}

/** The status after `action`, or a 409 TICKET_STATE_CONFLICT naming the states that allow it. */
export function nextStatus(current: TicketStatus, action: TicketAction): TicketStatus {
  if (!ALLOWED_FROM[action].includes(current)) {
    throw new ConflictError(
      'TICKET_STATE_CONFLICT',
      `cannot ${action} a ticket that is ${current}; ${action} applies to ${ALLOWED_FROM[action].join(' or ')} tickets`,
      'status',
    );
  }
  return RESULT[action];
}

/** Tickets in these statuses are finished with: they never come back to a queue. */
export function isFinal(status: TicketStatus): boolean {
  return status === 'done' || status === 'no_show' || status === 'cancelled';
}
