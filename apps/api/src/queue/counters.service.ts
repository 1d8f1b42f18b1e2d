import { Injectable } from '@nestjs/common';

import {
  actorOf,
  ConflictError,
  formatTicketNumber,
  isFinal,
  nextToCall,
  NotFoundError,
  parseTicketNumber,
  planMove,
  type Principal,
  serviceDateAt,
  type TicketAction,
} from '@mpp/domain';
import { CountersRepository, type CounterStateRow, type TicketRow, TicketsRepository, Transactions, type Tx } from '@mpp/persistence';
import { AuditLog } from '@mpp/platform';

import {
  assertMayCallByNumber,
  assertNotBusy,
  assertOfficerHolds,
  assertOpenFor,
  CounterAccessPolicy,
  officerOf,
} from './counter-access.policy';
import { CounterAnnouncer } from './counter-announcer.service';
import type { CounterAt } from './counter-ref.decorator';
import type { CounterStateDto } from './counter-state.dto';
import { counterStateDto } from './counter-state.mapper';
import { LineReader } from './line.reader';
import { LineWatcher } from './live/line-watcher.service';
import type { OpenCounterDto, TransferTicketDto } from './queue.dto';
import { QueueLayout, type RegionLayout } from './queue-layout.service';
import { TicketMoves } from './ticket-moves.service';
import { transferDestination } from './transfer.policy';

interface Acting {
  principal: Principal;
  requestId: string;
  now?: Date;
}

/** The moves an officer makes on the ticket the counter has now. */
type CurrentTicketAction = Exclude<TicketAction, 'call' | 'cancel'>;

/**
 * A counter (loket) and the officer at it: open, call, serve, close. Every action runs in one
 * transaction holding the counter's row; calls also hold the agency's calling lock, so two
 * officers pressing "call next" together get different tickets. What each move writes is the
 * domain's move table (`planMove`), applied by `TicketMoves`.
 */
@Injectable()
export class CountersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly layout: QueueLayout,
    private readonly access: CounterAccessPolicy,
    private readonly counters: CountersRepository,
    private readonly tickets: TicketsRepository,
    private readonly lines: LineReader,
    private readonly moves: TicketMoves,
    private readonly announcer: CounterAnnouncer,
    private readonly watcher: LineWatcher,
    private readonly audit: AuditLog,
  ) {}

  async state(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    const layout = await this.access.authorize(key, acting.principal);
    const state = await this.counters.state(key);
    const ticket = state?.currentTicketId ? await this.tickets.find(key.regionCode, state.currentTicketId) : undefined;
    return this.stateDto(layout, key, state, ticket);
  }

  async open(key: CounterAt, input: OpenCounterDto, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.access.authorize(key, acting.principal);
    const agency = layout.state.agencies.get(key.agencyCode);
    if (!agency?.value.sites.includes(input.siteCode) || !layout.state.sites.get(input.siteCode)?.active) {
      throw new NotFoundError('SITE_NOT_FOUND', `${key.agencyCode} serves at no active site ${input.siteCode}`, 'siteCode');
    }
    const offered = this.layout.agencyServices(layout, key.agencyCode).map((service) => service.serviceCode);
    const services = input.services ?? offered;
    const unknown = services.find((code) => !offered.includes(code));
    if (unknown) throw new NotFoundError('SERVICE_NOT_FOUND', `${key.agencyCode} offers no active service ${unknown}`, 'services');
    const state = await this.transactions.run(async (tx) => {
      const current = await this.counters.state(key, tx, true);
      if (current?.status === 'open') {
        assertOfficerHolds(current, acting.principal);
        await this.assertNoActiveTicket(key.regionCode, current, tx);
      }
      return this.counters.open({ ...key, siteCode: input.siteCode, officerId: officerOf(acting.principal), services, at: now }, tx);
    });
    await this.announcer.counterChanged(state, null, now);
    return this.stateDto(layout, key, state, undefined);
  }

  async close(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.access.authorize(key, acting.principal);
    const state = await this.transactions.run(async (tx) => {
      const current = await this.openCounter(key, acting.principal, tx);
      await this.assertNoActiveTicket(key.regionCode, current, tx);
      await this.counters.close(key, now, tx);
      return { ...current, status: 'closed' as const, currentTicketId: null };
    });
    await this.announcer.counterChanged(state, null, now);
    return this.stateDto(layout, key, state, undefined);
  }

  /** Calls the next ticket by the services' call-order strategies; 409 QUEUE_EMPTY when nobody waits. */
  async callNext(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.access.authorize(key, acting.principal);
    const { state, ticket } = await this.transactions.run(async (tx) => {
      const counter = await this.openCounter(key, acting.principal, tx);
      await this.assertNoActiveTicket(key.regionCode, counter, tx);
      const day = { regionCode: key.regionCode, siteCode: counter.siteCode, serviceDate: serviceDateAt(now, layout.utcOffsetHours) };
      await this.counters.lockCalling(key.regionCode, counter.siteCode, key.agencyCode, tx);
      const { lines, waiting } = await this.lines.callingLines(layout, counter, day, tx);
      const next = nextToCall(lines, now.getTime());
      if (!next) throw new ConflictError('QUEUE_EMPTY', 'nobody is waiting for the services of this counter', 'counterCode');
      const chosen = waiting.find((row) => row.id === next.ticket.id) as TicketRow;
      const called = await this.call(counter, chosen, now, acting, tx);
      return { state: { ...counter, currentTicketId: called.id }, ticket: called };
    });
    await this.afterCall(layout, state, ticket, false, now);
    return this.stateDto(layout, key, state, ticket);
  }

  /**
   * Calls one ticket by its number: a ticket this counter put on hold (any officer of the
   * counter), or a waiting ticket out of turn (supervisors only, audited).
   */
  async callNumber(key: CounterAt, ticketNumber: string, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.access.authorize(key, acting.principal);
    const { prefix, sequence } = parseTicketNumber(ticketNumber);
    const { state, ticket } = await this.transactions.run(async (tx) => {
      const counter = await this.openCounter(key, acting.principal, tx);
      await this.assertNoActiveTicket(key.regionCode, counter, tx);
      await this.counters.lockCalling(key.regionCode, counter.siteCode, key.agencyCode, tx);
      const serviceDate = serviceDateAt(now, layout.utcOffsetHours);
      const found = await this.tickets.findByNumber(
        { regionCode: key.regionCode, siteCode: counter.siteCode, serviceDate, prefix, sequence },
        tx,
      );
      if (!found || found.agencyCode !== key.agencyCode || !counter.services.includes(found.serviceCode)) {
        throw new NotFoundError('TICKET_NOT_FOUND', `no ticket ${ticketNumber} today for the services of this counter`, 'ticketNumber');
      }
      const heldHere = found.status === 'held' && found.counterCode === key.counterCode;
      assertMayCallByNumber(heldHere, acting.principal);
      const called = await this.call(counter, found, now, acting, tx);
      if (!heldHere) {
        await this.audit.record(
          {
            action: 'queue.call-out-of-turn',
            outcome: 'success',
            principal: acting.principal,
            regionCode: key.regionCode,
            requestId: acting.requestId,
            details: { agencyCode: key.agencyCode, counterCode: key.counterCode, ticketNumber: formatTicketNumber(prefix, sequence) },
          },
          tx,
        );
      }
      return { state: { ...counter, currentTicketId: called.id }, ticket: called };
    });
    await this.afterCall(layout, state, ticket, false, now);
    return this.stateDto(layout, key, state, ticket);
  }

  async recall(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'recall', acting);
  }

  async start(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'start', acting);
  }

  async hold(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'hold', acting);
  }

  async skip(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'skip', acting);
  }

  async finish(key: CounterAt, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'finish', acting);
  }

  async transfer(key: CounterAt, target: TransferTicketDto, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'transfer', acting, target);
  }

  /** A move of the ticket the counter has now; what it writes comes from the domain's move table. */
  private async act(key: CounterAt, action: CurrentTicketAction, acting: Acting, target?: TransferTicketDto): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.access.authorize(key, acting.principal);
    const { state, ticket, before, move } = await this.transactions.run(async (tx) => {
      const counter = await this.openCounter(key, acting.principal, tx);
      const current = counter.currentTicketId ? await this.tickets.find(key.regionCode, counter.currentTicketId, tx) : undefined;
      if (!current || isFinal(current.status) || current.status === 'held' || current.status === 'waiting') {
        throw new ConflictError('NO_CURRENT_TICKET', 'this counter is serving no ticket; call one first', 'counterCode');
      }
      const move = planMove(current.status, action);
      const destination =
        action === 'transfer' ? transferDestination(layout, counter.siteCode, target as TransferTicketDto, current) : undefined;
      const moved = await this.moves.apply(
        current,
        move,
        { at: now, counter, actorId: actorOf(acting.principal).actorId, destination },
        tx,
      );
      if (!moved) throw new ConflictError('TICKET_STATE_CONFLICT', 'the ticket was moved by someone else; reload the counter', 'status');
      const kept = move.keeper === 'counter';
      return { state: { ...counter, currentTicketId: kept ? moved.id : null }, ticket: moved, before: current, move };
    });
    if (move.announced) await this.afterCall(layout, state, ticket, true, now);
    else await this.announcer.counterChanged(state, state.currentTicketId ? ticket : null, now);
    this.watcher.touch(before);
    this.watcher.touch(ticket);
    // A ticket sent to another line is no longer this desk's to show.
    return this.stateDto(layout, key, state, state.currentTicketId ? ticket : undefined, move.keeper === 'line' ? undefined : ticket);
  }

  private async call(counter: CounterStateRow, ticket: TicketRow, now: Date, acting: Acting, tx: Tx): Promise<TicketRow> {
    const move = planMove(ticket.status, 'call');
    const called = await this.moves.apply(ticket, move, { at: now, counter, actorId: actorOf(acting.principal).actorId }, tx);
    if (!called) throw new ConflictError('TICKET_STATE_CONFLICT', 'the ticket was called by another counter; call again', 'ticketNumber');
    return called;
  }

  private async afterCall(layout: RegionLayout, state: CounterStateRow, ticket: TicketRow, recall: boolean, now: Date): Promise<void> {
    await this.announcer.called(layout, state, ticket, recall, now);
    this.watcher.touch(ticket);
  }

  /** The counter's row, locked, refused unless open; a counter officer acts only on a counter they opened. */
  private async openCounter(key: CounterAt, principal: Principal, tx: Tx): Promise<CounterStateRow> {
    return assertOpenFor(await this.counters.state(key, tx, true), principal);
  }

  private async assertNoActiveTicket(regionCode: string, counter: CounterStateRow, tx: Tx): Promise<void> {
    if (!counter.currentTicketId) return;
    assertNotBusy(counter, await this.tickets.find(regionCode, counter.currentTicketId, tx));
  }

  private stateDto(
    layout: RegionLayout,
    key: CounterAt,
    state: CounterStateRow | undefined,
    current: TicketRow | undefined,
    last?: TicketRow,
  ): CounterStateDto {
    const counterName = this.layout.counterName(layout, key.agencyCode, key.counterCode) ?? key.counterCode;
    return counterStateDto(key, counterName, state, current ?? last);
  }
}
