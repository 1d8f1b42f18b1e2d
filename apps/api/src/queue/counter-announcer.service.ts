import { Injectable } from '@nestjs/common';

import { callAnnouncement, formatTicketNumber } from '@mpp/domain';
import type { CounterStateRow, TicketRow } from '@mpp/persistence';

import { LinePositions } from './live/line-positions.service';
import { QueueEventBus } from './live/queue-event-bus.port';
import { QueueLayout, type RegionLayout } from './queue-layout.service';

/** Tells the boards what a counter did: a call to show and speak, and the ticket the counter now has. */
@Injectable()
export class CounterAnnouncer {
  constructor(
    private readonly layout: QueueLayout,
    private readonly bus: QueueEventBus,
    private readonly positions: LinePositions,
  ) {}

  /** A call (or a recall) of `ticket`: the board shows the number at the counter and speaks it; then the counter's own change. */
  async called(layout: RegionLayout, state: CounterStateRow, ticket: TicketRow, recall: boolean, now: Date): Promise<void> {
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
    await this.counterChanged(state, ticket, now);
  }

  /** The counter opened, closed, or changed the ticket it serves (null: none now). */
  async counterChanged(state: CounterStateRow, ticket: TicketRow | null, now: Date): Promise<void> {
    // Wait estimates count the open counters: this process's cached figures of the site go.
    this.positions.countersChanged(state.regionCode, state.siteCode);
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
}
