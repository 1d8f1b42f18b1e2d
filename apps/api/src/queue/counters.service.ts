import {
  actorOf,
  callAnnouncement,
  canReach,
  ConflictError,
  formatTicketNumber,
  isFinal,
  nextStatus,
  NotFoundError,
  nextToCall,
  parseTicketNumber,
  type Principal,
  serviceDateAt,
  statusesAllowing,
  type TicketAction,
  updatedMeanServiceSeconds,
} from '@mpp/domain';
import { type CounterKey, CountersRepository, type CounterStateRow, TicketsRepository, type TicketRow } from '@mpp/persistence';
import { ApiError, AuditLog } from '@mpp/platform';
import { callOrderOf } from '@mpp/deployment';
import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource, type EntityManager } from 'typeorm';
import { waitingTicket } from './line-reader';
import { LineWatcher } from './live/line-watcher';
import { QueueEventBus } from './live/queue-event-bus';
import type { OpenCounterDto, TransferTicketDto } from './queue.dto';
import { QueueLayout, type RegionLayout } from './queue-layout';
import { TicketDto, ticketDto } from './ticket-view';

export class CounterStateDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'loket-3' }) counterCode!: string;
  @ApiProperty({ example: 'Loket 3' }) counterName!: string;
  @ApiPropertyOptional({ type: String, example: 'mpp-kota-bogor', nullable: true }) siteCode!: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: [String], description: 'Services this counter calls' }) services!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) openedAt!: string | null;
  @ApiPropertyOptional({ type: TicketDto, nullable: true, description: 'The ticket called or in service here, or the one just moved on' })
  ticket!: TicketDto | null;
}

interface Acting {
  principal: Principal;
  requestId: string;
  now?: Date;
}

/**
 * A counter (loket) and the officer at it: open, call, serve, close. Every action runs in one
 * transaction holding the counter's row; calls also hold the agency's calling lock, so two
 * officers pressing "call next" together get different tickets.
 */
@Injectable()
export class CountersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly layout: QueueLayout,
    private readonly counters: CountersRepository,
    private readonly tickets: TicketsRepository,
    private readonly watcher: LineWatcher,
    private readonly bus: QueueEventBus,
    private readonly audit: AuditLog,
  ) {}

  async state(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    const layout = await this.authorize(key, acting.principal);
    const state = await this.counters.state(key);
    const ticket = state?.currentTicketId ? await this.tickets.find(key.regionCode, state.currentTicketId) : undefined;
    return this.stateDto(layout, key, state, ticket);
  }

  async open(key: CounterKey, input: OpenCounterDto, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.authorize(key, acting.principal);
    const agency = layout.state.agencies.get(key.agencyCode);
    if (!agency?.value.sites.includes(input.siteCode) || !layout.state.sites.get(input.siteCode)?.active) {
      throw new NotFoundError('SITE_NOT_FOUND', `${key.agencyCode} serves at no active site ${input.siteCode}`, 'siteCode');
    }
    const offered = this.layout.agencyServices(layout, key.agencyCode).map((service) => service.serviceCode);
    const services = input.services ?? offered;
    const unknown = services.find((code) => !offered.includes(code));
    if (unknown) throw new NotFoundError('SERVICE_NOT_FOUND', `${key.agencyCode} offers no active service ${unknown}`, 'services');
    const state = await this.dataSource.transaction(async (manager) => {
      const current = await this.counters.state(key, manager, true);
      if (current?.status === 'open') {
        this.assertOfficerHolds(current, acting.principal);
        await this.assertNoActiveTicket(key.regionCode, current, manager);
      }
      return this.counters.open({ ...key, siteCode: input.siteCode, officerId: officerOf(acting.principal), services, at: now }, manager);
    });
    await this.publishCounter(state, null, now);
    return this.stateDto(layout, key, state, undefined);
  }

  async close(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.authorize(key, acting.principal);
    const state = await this.dataSource.transaction(async (manager) => {
      const current = await this.openCounter(key, acting.principal, manager);
      await this.assertNoActiveTicket(key.regionCode, current, manager);
      await this.counters.close(key, now, manager);
      return { ...current, status: 'closed' as const, currentTicketId: null };
    });
    await this.publishCounter(state, null, now);
    return this.stateDto(layout, key, state, undefined);
  }

  /** Calls the next ticket by the services' call-order strategies; 409 QUEUE_EMPTY when nobody waits. */
  async callNext(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.authorize(key, acting.principal);
    const { state, ticket } = await this.dataSource.transaction(async (manager) => {
      const counter = await this.openCounter(key, acting.principal, manager);
      await this.assertNoActiveTicket(key.regionCode, counter, manager);
      const serviceDate = serviceDateAt(now, layout.utcOffsetHours);
      await this.counters.lockCalling(key.regionCode, counter.siteCode, key.agencyCode, manager);
      const waiting = await this.tickets.waiting(
        { regionCode: key.regionCode, siteCode: counter.siteCode, serviceDate, agencyCode: key.agencyCode, serviceCodes: counter.services },
        manager,
      );
      const states = await this.counters.lineStates(key.regionCode, counter.siteCode, serviceDate, manager);
      const lines = counter.services.flatMap((serviceCode) => {
        const service = layout.state.services.get(`${key.agencyCode}/${serviceCode}`);
        if (!service?.active) return [];
        const prefix = service.value.queue.prefix;
        return [
          {
            key: serviceCode,
            order: callOrderOf(service.value),
            state: { regularSincePriority: states.find((line) => line.prefix === prefix)?.regularSincePriority ?? 1_000_000 },
            tickets: waiting.filter((row) => row.serviceCode === serviceCode).map(waitingTicket),
          },
        ];
      });
      const next = nextToCall(lines, now.getTime());
      if (!next) throw new ConflictError('QUEUE_EMPTY', 'nobody is waiting for the services of this counter', 'counterCode');
      const chosen = waiting.find((row) => row.id === next.ticket.id) as TicketRow;
      const called = await this.call(key, counter, chosen, now, acting, manager);
      return { state: { ...counter, currentTicketId: called.id }, ticket: called };
    });
    await this.afterCall(layout, state, ticket, false, now);
    return this.stateDto(layout, key, state, ticket);
  }

  /**
   * Calls one ticket by its number: a ticket this counter put on hold (any officer of the
   * counter), or a waiting ticket out of turn (supervisors only, audited).
   */
  async callNumber(key: CounterKey, ticketNumber: string, acting: Acting): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.authorize(key, acting.principal);
    const { prefix, sequence } = parseTicketNumber(ticketNumber);
    const { state, ticket } = await this.dataSource.transaction(async (manager) => {
      const counter = await this.openCounter(key, acting.principal, manager);
      await this.assertNoActiveTicket(key.regionCode, counter, manager);
      await this.counters.lockCalling(key.regionCode, counter.siteCode, key.agencyCode, manager);
      const serviceDate = serviceDateAt(now, layout.utcOffsetHours);
      const found = await this.tickets.findByNumber(
        { regionCode: key.regionCode, siteCode: counter.siteCode, serviceDate, prefix, sequence },
        manager,
      );
      if (!found || found.agencyCode !== key.agencyCode || !counter.services.includes(found.serviceCode)) {
        throw new NotFoundError('TICKET_NOT_FOUND', `no ticket ${ticketNumber} today for the services of this counter`, 'ticketNumber');
      }
      const heldHere = found.status === 'held' && found.counterCode === key.counterCode;
      if (!heldHere && !(acting.principal.kind === 'staff' && acting.principal.role === 'agency_supervisor')) {
        throw new ApiError(403, 'ROLE_NOT_ALLOWED', 'Only a supervisor calls a waiting ticket out of turn; officers call the next one');
      }
      const called = await this.call(key, counter, found, now, acting, manager);
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
          manager,
        );
      }
      return { state: { ...counter, currentTicketId: called.id }, ticket: called };
    });
    await this.afterCall(layout, state, ticket, false, now);
    return this.stateDto(layout, key, state, ticket);
  }

  async recall(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'recall', acting);
  }

  async start(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'start', acting);
  }

  async hold(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'hold', acting);
  }

  async skip(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'skip', acting);
  }

  async finish(key: CounterKey, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'finish', acting);
  }

  async transfer(key: CounterKey, target: TransferTicketDto, acting: Acting): Promise<CounterStateDto> {
    return this.act(key, 'transfer', acting, target);
  }

  /** An action on the ticket the counter is serving now. */
  private async act(
    key: CounterKey,
    action: Exclude<TicketAction, 'call' | 'cancel'>,
    acting: Acting,
    target?: TransferTicketDto,
  ): Promise<CounterStateDto> {
    const now = acting.now ?? new Date();
    const layout = await this.authorize(key, acting.principal);
    const { state, ticket, touched } = await this.dataSource.transaction(async (manager) => {
      const counter = await this.openCounter(key, acting.principal, manager);
      const current = counter.currentTicketId ? await this.tickets.find(key.regionCode, counter.currentTicketId, manager) : undefined;
      if (!current || isFinal(current.status) || current.status === 'held' || current.status === 'waiting') {
        throw new ConflictError('NO_CURRENT_TICKET', 'this counter is serving no ticket; call one first', 'counterCode');
      }
      const to = nextStatus(current.status, action);
      const line = { regionCode: key.regionCode, siteCode: counter.siteCode, prefix: current.linePrefix, serviceDate: current.serviceDate };
      let moved: TicketRow | undefined;
      // The line's day row is also where tickets are numbered: its figures go last, just before commit.
      let countFigures = async (): Promise<void> => undefined;
      switch (action) {
        case 'recall':
          moved = await this.counters.move(current, statusesAllowing(action), to, { call_count_plus: true }, manager);
          break;
        case 'start':
          moved = await this.counters.move(current, statusesAllowing(action), to, { started_at: now }, manager);
          break;
        case 'hold':
          moved = await this.counters.move(current, statusesAllowing(action), to, {}, manager);
          break;
        case 'skip':
          moved = await this.counters.move(current, statusesAllowing(action), to, { finished_at: now }, manager);
          countFigures = () => this.counters.countNoShow(line, key, manager);
          break;
        case 'finish':
          moved = await this.counters.move(current, statusesAllowing(action), to, { finished_at: now }, manager);
          countFigures = () => this.countServed(line, key, current, now, manager);
          break;
        case 'transfer': {
          const destination = this.transferTarget(layout, counter.siteCode, target as TransferTicketDto, current);
          // Served is counted once, where the visit's service ends; the step here counts as moved on (transferredIn there).
          moved = await this.counters.move(
            current,
            statusesAllowing(action),
            to,
            { queued_at: now, counter_code: null, service: destination },
            manager,
          );
          countFigures = () =>
            this.counters.countTransferIn(
              {
                regionCode: key.regionCode,
                siteCode: counter.siteCode,
                prefix: destination.linePrefix,
                serviceDate: current.serviceDate,
                ...destination,
              },
              manager,
            );
          break;
        }
      }
      if (!moved) throw new ConflictError('TICKET_STATE_CONFLICT', 'the ticket was moved by someone else; reload the counter', 'status');
      await this.counters.recordEvent(
        { ticket: moved, action, at: now, counterCode: key.counterCode, actorId: actorOf(acting.principal).actorId },
        manager,
      );
      const keepsCounter = action === 'recall' || action === 'start';
      if (!keepsCounter) await this.counters.setCurrent(key, null, manager);
      await countFigures();
      return { state: { ...counter, currentTicketId: keepsCounter ? moved.id : null }, ticket: moved, touched: [current, moved] };
    });
    if (action === 'recall') await this.afterCall(layout, state, ticket, true, now);
    else await this.publishCounter(state, state.currentTicketId ? ticket : null, now);
    for (const row of touched) this.watcher.touch(row);
    return this.stateDto(layout, key, state, state.currentTicketId ? ticket : undefined, action === 'transfer' ? undefined : ticket);
  }

  private transferTarget(layout: RegionLayout, siteCode: string, target: TransferTicketDto, current: TicketRow) {
    const service = layout.state.services.get(`${target.agencyCode}/${target.serviceCode}`);
    const agency = layout.state.agencies.get(target.agencyCode);
    if (!service?.active || !agency?.active || !agency.value.sites.includes(siteCode)) {
      throw new NotFoundError(
        'SERVICE_NOT_FOUND',
        `no active service ${target.agencyCode}/${target.serviceCode} at ${siteCode}`,
        'serviceCode',
      );
    }
    if (target.agencyCode === current.agencyCode && target.serviceCode === current.serviceCode) {
      throw new ConflictError('TRANSFER_TO_SAME_SERVICE', 'the ticket is already in this service’s line; hold it instead', 'serviceCode');
    }
    return { agencyCode: target.agencyCode, serviceCode: target.serviceCode, linePrefix: service.value.queue.prefix };
  }

  private async call(
    key: CounterKey,
    counter: CounterStateRow,
    ticket: TicketRow,
    now: Date,
    acting: Acting,
    manager: EntityManager,
  ): Promise<TicketRow> {
    const action = 'call';
    const to = nextStatus(ticket.status, action);
    const called = await this.counters.move(
      ticket,
      statusesAllowing(action),
      to,
      { called_at: now, counter_code: key.counterCode, call_count_plus: true },
      manager,
    );
    if (!called) throw new ConflictError('TICKET_STATE_CONFLICT', 'the ticket was called by another counter; call again', 'ticketNumber');
    await this.counters.recordEvent(
      { ticket: called, action, at: now, counterCode: key.counterCode, actorId: actorOf(acting.principal).actorId },
      manager,
    );
    await this.counters.setCurrent(key, called.id, manager);
    // A held ticket was counted when first called. The line's row goes last: it is where tickets are numbered.
    if (ticket.status === 'waiting') {
      const line = { regionCode: key.regionCode, siteCode: counter.siteCode, prefix: ticket.linePrefix, serviceDate: ticket.serviceDate };
      await this.counters.countCall(line, key, (now.getTime() - ticket.queuedAt.getTime()) / 1000, ticket.priority !== null, manager);
    }
    return called;
  }

  private async countServed(
    line: { regionCode: string; siteCode: string; prefix: string; serviceDate: string },
    key: CounterKey,
    ticket: TicketRow,
    now: Date,
    manager: EntityManager,
  ) {
    const seconds = ticket.startedAt ? (now.getTime() - ticket.startedAt.getTime()) / 1000 : 0;
    // Today's first finish starts from the last day's mean; later ones are folded in by the UPDATE.
    const previous = await this.counters.recentMeanServiceSeconds(line, manager);
    await this.counters.countServed(line, key, seconds, updatedMeanServiceSeconds(previous, seconds), manager);
  }

  private async afterCall(layout: RegionLayout, state: CounterStateRow, ticket: TicketRow, recall: boolean, now: Date): Promise<void> {
    const counterName = this.layout.counterName(layout, state.agencyCode, state.counterCode) ?? state.counterCode;
    const number = formatTicketNumber(ticket.prefix, ticket.sequence);
    await this.bus.publish({
      type: 'called',
      regionCode: state.regionCode,
      siteCode: state.siteCode,
      at: now.toISOString(),
      ticketNumber: number,
      agencyCode: ticket.agencyCode,
      serviceCode: ticket.serviceCode,
      counterCode: state.counterCode,
      counterName,
      announcement: callAnnouncement(number, counterName),
      recall,
    });
    await this.publishCounter(state, ticket, now);
    this.watcher.touch(ticket);
  }

  private async publishCounter(state: CounterStateRow, ticket: TicketRow | null, now: Date): Promise<void> {
    await this.bus.publish({
      type: 'counter',
      regionCode: state.regionCode,
      siteCode: state.siteCode,
      at: now.toISOString(),
      agencyCode: state.agencyCode,
      counterCode: state.counterCode,
      status: state.status,
      ticketNumber: ticket ? formatTicketNumber(ticket.prefix, ticket.sequence) : null,
    });
  }

  /** The counter exists and the principal is an officer or supervisor of its agency (and its own counter, when bound to one). */
  private async authorize(key: CounterKey, principal: Principal): Promise<RegionLayout> {
    if (!canReach(principal, { regionCode: key.regionCode, agencyCode: key.agencyCode })) {
      throw new ApiError(403, 'OUT_OF_SCOPE', 'This counter belongs to an agency you do not act for');
    }
    if (principal.kind === 'staff' && principal.counterCode && principal.counterCode !== key.counterCode) {
      throw new ApiError(403, 'OUT_OF_SCOPE', `You are assigned to counter ${principal.counterCode}`);
    }
    const layout = await this.layout.region(key.regionCode);
    if (!this.layout.counterName(layout, key.agencyCode, key.counterCode)) {
      throw new NotFoundError('COUNTER_NOT_FOUND', `no active counter ${key.counterCode} at ${key.agencyCode}`, 'counterCode');
    }
    return layout;
  }

  /** The counter's row, locked, refused unless open; a counter officer acts only on a counter they opened. */
  private async openCounter(key: CounterKey, principal: Principal, manager: EntityManager): Promise<CounterStateRow> {
    const counter = await this.counters.state(key, manager, true);
    if (!counter || counter.status !== 'open') throw new ConflictError('COUNTER_CLOSED', 'open the counter first', 'counterCode');
    this.assertOfficerHolds(counter, principal);
    return counter;
  }

  /** A counter officer acts only on a counter they opened; a supervisor may act on any of the agency's. */
  private assertOfficerHolds(counter: CounterStateRow, principal: Principal): void {
    if (principal.kind === 'staff' && principal.role === 'counter_officer' && counter.officerId !== principal.accountId) {
      throw new ConflictError(
        'COUNTER_TAKEN',
        'another officer has this counter open; they close it first, or a supervisor acts',
        'counterCode',
      );
    }
  }

  private async assertNoActiveTicket(regionCode: string, counter: CounterStateRow, manager: EntityManager): Promise<void> {
    if (!counter.currentTicketId) return;
    const current = await this.tickets.find(regionCode, counter.currentTicketId, manager);
    if (current && (current.status === 'called' || current.status === 'serving') && current.counterCode === counter.counterCode) {
      throw new ConflictError(
        'COUNTER_BUSY',
        `ticket ${formatTicketNumber(current.prefix, current.sequence)} is ${current.status} here; finish, skip, hold or transfer it first`,
        'counterCode',
      );
    }
  }

  private async stateDto(
    layout: RegionLayout,
    key: CounterKey,
    state: CounterStateRow | undefined,
    current: TicketRow | undefined,
    last?: TicketRow,
  ): Promise<CounterStateDto> {
    const counterName = this.layout.counterName(layout, key.agencyCode, key.counterCode) ?? key.counterCode;
    const shown = current ?? last;
    return {
      regionCode: key.regionCode,
      agencyCode: key.agencyCode,
      counterCode: key.counterCode,
      counterName,
      siteCode: state?.siteCode ?? null,
      status: state?.status ?? 'closed',
      services: state?.services ?? [],
      openedAt: state?.openedAt ? state.openedAt.toISOString() : null,
      ticket: shown ? ticketDto(shown, { counterName }) : null,
    };
  }
}

function officerOf(principal: Principal): string {
  return principal.kind === 'staff' ? principal.accountId : principal.keyId;
}
