import { ConflictError, InvalidValueError, NotFoundError, PhoneNumber, serviceDateAt } from '@mpp/domain';
import { TicketsRepository, type TicketRow } from '@mpp/persistence';
import { ApiError, type DevicePrincipal } from '@mpp/platform';
import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CountersRepository } from '@mpp/persistence';
import { LineReader } from './line-reader';
import { LineWatcher } from './live/line-watcher';
import type { TakeTicketDto } from './queue.dto';
import { assertAcceptingTickets, QueueLayout } from './queue-layout';
import { type TicketDto, ticketDto } from './ticket-view';

export interface TakeTicketContext {
  device?: DevicePrincipal;
  clientIp: string;
  idempotencyKey?: string;
  now?: Date;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Walk-in tickets: taking one, reading its page, cancelling it. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly layout: QueueLayout,
    private readonly tickets: TicketsRepository,
    private readonly counters: CountersRepository,
    private readonly lines: LineReader,
    private readonly watcher: LineWatcher,
  ) {}

  async take(
    regionCode: string,
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
      channel: context.device ? ('kiosk' as const) : ('online' as const),
      priority: input.priority ?? null,
      phone,
      quota: line.record.queue.dailyQuota,
    };
    const quotaUsed = () =>
      new ConflictError(
        'DAILY_QUOTA_REACHED',
        `all ${line.record.queue.dailyQuota} tickets of today for ${input.serviceCode} are taken`,
        'serviceCode',
      );

    let issued: TicketRow;
    let replayed = false;
    if (context.idempotencyKey !== undefined) {
      if (!IDEMPOTENCY_KEY.test(context.idempotencyKey)) {
        throw new InvalidValueError(
          'IDEMPOTENCY_KEY_INVALID',
          'Idempotency-Key must be 1 to 255 visible ASCII characters',
          'Idempotency-Key',
        );
      }
      const scope = context.device ? `device:${context.device.id}` : `ip:${context.clientIp}`;
      const requestHash = createHash('sha256')
        .update(JSON.stringify([siteCode, input.agencyCode, input.serviceCode, input.priority ?? null, phone]))
        .digest('hex');
      const result = await this.tickets.issueOnce(ticket, { scope, key: context.idempotencyKey, requestHash });
      if (result.kind === 'quota-exhausted') throw quotaUsed();
      if (result.kind === 'key-reused') {
        throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request; use a new key');
      }
      issued = result.ticket;
      replayed = result.kind === 'replayed';
    } else {
      const row = await this.tickets.issue(ticket);
      if (!row) throw quotaUsed();
      issued = row;
    }
    // A walk-in joins at the end (booked_first may put a booking ahead, but bookings check in elsewhere).
    if (!replayed) this.watcher.touch(issued, issued.priority !== null);
    return { ticket: ticketDto(issued), replayed };
  }

  async find(regionCode: string, id: string): Promise<TicketRow> {
    const layout = await this.layout.region(regionCode);
    const row = await this.tickets.find(layout.regionCode, id);
    if (!row) throw new NotFoundError('TICKET_NOT_FOUND', 'No ticket has this id', 'ticketId');
    return row;
  }

  /** A citizen's ticket page: status, position, estimated wait, the counter when called. */
  async view(regionCode: string, id: string, now = new Date()): Promise<TicketDto> {
    const row = await this.find(regionCode, id);
    const layout = await this.layout.region(row.regionCode, now);
    const service = layout.state.services.get(`${row.agencyCode}/${row.serviceCode}`);
    const position = service ? await this.lines.position(row, service.value, now) : undefined;
    return ticketDto(row, {
      ...position,
      counterName: row.counterCode ? this.layout.counterName(layout, row.agencyCode, row.counterCode) : undefined,
    });
  }

  /** The citizen gives up their place while still waiting. */
  async cancel(regionCode: string, id: string, now = new Date()): Promise<TicketDto> {
    const row = await this.find(regionCode, id);
    const moved = await this.dataSource.transaction(async (manager) => {
      const updated = await this.counters.move(row, 'cancel', ['waiting'], 'cancelled', { finished_at: now }, manager);
      if (!updated)
        throw new ConflictError(
          'TICKET_STATE_CONFLICT',
          `cannot cancel a ticket that is ${row.status}; only waiting tickets can be cancelled`,
          'status',
        );
      await this.counters.recordEvent({ ticket: updated, action: 'cancel', at: now }, manager);
      await this.counters.countCancelled(
        { regionCode: row.regionCode, siteCode: row.siteCode, prefix: row.linePrefix, serviceDate: row.serviceDate },
        manager,
      );
      return updated;
    });
    this.watcher.touch(moved);
    return ticketDto(moved);
  }
}
