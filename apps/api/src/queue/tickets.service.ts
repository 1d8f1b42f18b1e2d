import { createHash, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { callOrderOf } from '@mpp/deployment';
import {
  ConflictError,
  InvalidValueError,
  joinsAtTheEnd,
  PhoneNumber,
  planMove,
  RegionCode,
  serviceDateAt,
  UnprocessableError,
} from '@mpp/domain';
import { type IdempotencyClaim, type IssueResult, type TicketRow, TicketsRepository, Transactions } from '@mpp/persistence';
import { type DevicePrincipal } from '@mpp/platform';

import { LinePositions } from './live/line-positions.service';
import { LineWatcher } from './live/line-watcher.service';
import type { TakeTicketDto } from './queue.dto';
import { assertAcceptingTickets, QueueLayout } from './queue-layout.service';
import type { TicketDto } from './ticket.dto';
import { ticketDto } from './ticket.mapper';
import { TicketMoves } from './ticket-moves.service';
import { TicketPageReader } from './ticket-page.reader';

export interface TakeTicketContext {
  device?: DevicePrincipal;
  clientIp: string;
  idempotencyKey?: string;
  /** The integrator's API key taking the ticket for a citizen (channel `integrator`). */
  apiKeyId?: string;
  now?: Date;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Stripe's rules: a key is the caller's own (a kiosk's, an API key's, or a client address's), tied to the request it first came with. */
function idempotencyClaim(siteCode: string, input: TakeTicketDto, phone: string | null, context: TakeTicketContext): IdempotencyClaim {
  const key = context.idempotencyKey as string;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new InvalidValueError('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key must be 1 to 255 visible ASCII characters', 'Idempotency-Key');
  }
  const scope = context.device ? `device:${context.device.id}` : context.apiKeyId ? `key:${context.apiKeyId}` : `ip:${context.clientIp}`;
  const requestHash = createHash('sha256')
    .update(JSON.stringify([siteCode, input.agencyCode, input.serviceCode, input.priority ?? null, phone]))
    .digest('hex');
  return { scope, key, requestHash };
}

/** A replay or a fresh ticket; a key used for another request is refused. */
function answer(result: Exclude<IssueResult, { kind: 'quota-exhausted' }>): { ticket: TicketDto; replayed: boolean } {
  if (result.kind === 'key-reused') {
    throw new UnprocessableError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request; use a new key');
  }
  return { ticket: ticketDto(result.ticket), replayed: result.kind === 'replayed' };
}

/** Walk-in tickets: taking one, reading its page, cancelling it. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly layout: QueueLayout,
    private readonly tickets: TicketsRepository,
    private readonly positions: LinePositions,
    private readonly pages: TicketPageReader,
    private readonly moves: TicketMoves,
    private readonly watcher: LineWatcher,
  ) {}

  async take(
    regionCode: RegionCode,
    siteCode: string,
    input: TakeTicketDto,
    context: TakeTicketContext,
  ): Promise<{ ticket: TicketDto; replayed: boolean }> {
    const now = context.now ?? new Date();
    if (input.priority && !context.device) {
      throw new InvalidValueError(
        'PRIORITY_NEEDS_KIOSK',
        'priority is marked at a kiosk or by an officer, where it can be checked',
        'priority',
      );
    }
    const phone = input.phone ? PhoneNumber.parse(input.phone).value : null;
    const claim = context.idempotencyKey === undefined ? undefined : idempotencyClaim(siteCode, input, phone, context);
    if (claim) {
      // A retry gets its ticket even if the service closed or filled up since the first try.
      const earlier = await this.tickets.earlierIssue(regionCode.value, claim);
      if (earlier && earlier.kind !== 'quota-exhausted') return answer(earlier);
    }
    const line = await this.layout.line(regionCode, siteCode, input.agencyCode, input.serviceCode, now);
    assertAcceptingTickets(line, now);
    const ticket = {
      regionCode: line.regionCode,
      id: randomUUID(),
      siteCode,
      serviceDate: serviceDateAt(now, line.layout.utcOffsetHours),
      prefix: line.record.queue.prefix,
      agencyCode: input.agencyCode,
      serviceCode: input.serviceCode,
      channel: context.device ? ('kiosk' as const) : context.apiKeyId ? ('integrator' as const) : ('online' as const),
      priority: input.priority ?? null,
      phone,
      quota: line.record.queue.dailyQuota,
    };
    let result: IssueResult;
    if (claim) result = await this.tickets.issueOnce(ticket, claim);
    else {
      const row = await this.tickets.issue(ticket);
      result = row ? { kind: 'issued', ticket: row } : { kind: 'quota-exhausted' };
    }
    if (result.kind === 'quota-exhausted') {
      throw new ConflictError(
        'DAILY_QUOTA_REACHED',
        `all ${line.record.queue.dailyQuota} tickets of today for ${input.serviceCode} are taken`,
        'serviceCode',
      );
    }
    const taken = answer(result);
    // A walk-in joins at the end (booked_first may put a booking ahead, but bookings check in elsewhere).
    if (!taken.replayed) {
      const count = result.kind === 'issued' ? { waiting: result.ticket.lineWaiting, sequence: result.ticket.sequence } : undefined;
      this.watcher.touch({ ...ticket, linePrefix: ticket.prefix }, ticket.priority !== null, count);
    }
    if (result.kind === 'key-reused') return taken;
    // The answer shows what the ticket page shows: the place in the line and the expected wait. A
    // newcomer at the end is as far back as its line's count, which the issuing statement returned.
    const position =
      result.kind === 'issued'
        ? await this.positions.placeOfNewcomer(
            result.ticket,
            result.ticket.lineWaiting,
            joinsAtTheEnd(callOrderOf(line.record), { slotStart: null }),
          )
        : await this.positions.placeOf(result.ticket);
    return {
      ...taken,
      ticket: { ...taken.ticket, position: position?.position ?? null, estimatedWaitMinutes: position?.estimatedWaitMinutes ?? null },
    };
  }

  find(regionCode: RegionCode, id: string): Promise<TicketRow> {
    return this.pages.find(regionCode, id);
  }

  /** A citizen's ticket page: status, position, estimated wait, the counter when called. */
  view(regionCode: RegionCode, id: string): Promise<TicketDto> {
    return this.pages.view(regionCode, id);
  }

  /** The citizen gives up their place while still waiting. */
  async cancel(regionCode: RegionCode, id: string, now = new Date()): Promise<TicketDto> {
    const row = await this.find(regionCode, id);
    const move = planMove(row.status, 'cancel');
    const moved = await this.transactions.run(async (tx) => {
      const updated = await this.moves.apply(row, move, { at: now }, tx);
      if (!updated)
        throw new ConflictError(
          'TICKET_STATE_CONFLICT',
          `cannot cancel a ticket that is ${row.status}; only waiting tickets can be cancelled`,
          'status',
        );
      return updated;
    });
    this.watcher.touch(moved);
    return ticketDto(moved);
  }
}
