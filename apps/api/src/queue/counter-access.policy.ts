import { Injectable } from '@nestjs/common';

import { canReach, ConflictError, ForbiddenError, formatTicketNumber, NotFoundError, type Principal } from '@mpp/domain';
import type { CounterStateRow, TicketRow } from '@mpp/persistence';

import type { CounterAt } from './counter-ref.decorator';
import { QueueLayout, type RegionLayout } from './queue-layout.service';

/**
 * Who may act at a counter: the officers and supervisors of its agency; an officer assigned to
 * one counter only at that one, and only at a counter they opened; a supervisor at any of the
 * agency's, and the only one to call a waiting ticket out of turn.
 */
@Injectable()
export class CounterAccessPolicy {
  constructor(private readonly layout: QueueLayout) {}

  /** The counter exists and the principal is an officer or supervisor of its agency (and its own counter, when bound to one). */
  async authorize(key: CounterAt, principal: Principal): Promise<RegionLayout> {
    if (!canReach(principal, { regionCode: key.regionCode, agencyCode: key.agencyCode })) {
      throw new ForbiddenError('OUT_OF_SCOPE', 'This counter belongs to an agency you do not act for');
    }
    if (principal.kind === 'staff' && principal.counterCode && principal.counterCode !== key.counterCode) {
      throw new ForbiddenError('OUT_OF_SCOPE', `You are assigned to counter ${principal.counterCode}`);
    }
    const layout = await this.layout.region(key.region);
    if (!this.layout.counterName(layout, key.agencyCode, key.counterCode)) {
      throw new NotFoundError('COUNTER_NOT_FOUND', `no active counter ${key.counterCode} at ${key.agencyCode}`, 'counterCode');
    }
    return layout;
  }
}

/** The counter's row (read locked) refused unless open, and unless the principal may act on it. */
export function assertOpenFor(counter: CounterStateRow | undefined, principal: Principal): CounterStateRow {
  if (!counter || counter.status !== 'open') throw new ConflictError('COUNTER_CLOSED', 'open the counter first', 'counterCode');
  assertOfficerHolds(counter, principal);
  return counter;
}

/** A counter officer acts only on a counter they opened; a supervisor may act on any of the agency's. */
export function assertOfficerHolds(counter: CounterStateRow, principal: Principal): void {
  if (principal.kind === 'staff' && principal.role === 'counter_officer' && counter.officerId !== principal.accountId) {
    throw new ConflictError(
      'COUNTER_TAKEN',
      'another officer has this counter open; they close it first, or a supervisor acts',
      'counterCode',
    );
  }
}

/** A counter takes no new ticket, and does not close, while one is called or in service at it. */
export function assertNotBusy(counter: CounterStateRow, current: TicketRow | undefined): void {
  if (current && (current.status === 'called' || current.status === 'serving') && current.counterCode === counter.counterCode) {
    throw new ConflictError(
      'COUNTER_BUSY',
      `ticket ${formatTicketNumber(current.prefix, current.sequence)} is ${current.status} here; finish, skip, hold or transfer it first`,
      'counterCode',
    );
  }
}

/** A ticket this counter held is called back by any of its officers; a waiting one out of turn by a supervisor only. */
export function assertMayCallByNumber(heldHere: boolean, principal: Principal): void {
  if (!heldHere && !(principal.kind === 'staff' && principal.role === 'agency_supervisor')) {
    throw new ForbiddenError(
      'CALL_OUT_OF_TURN_NEEDS_SUPERVISOR',
      'Only a supervisor calls a waiting ticket out of turn; officers call the next one',
      'ticketNumber',
    );
  }
}

/** Who the counter is opened by: the staff account, or the API key acting for the agency. */
export function officerOf(principal: Principal): string {
  return principal.kind === 'staff' ? principal.accountId : principal.keyId;
}
