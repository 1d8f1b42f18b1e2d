import { Injectable, type MessageEvent } from '@nestjs/common';
import { defer, interval, map, merge, type Observable } from 'rxjs';

import { formatTicketNumber, NotFoundError, type RegionCode, serviceDateAt } from '@mpp/domain';
import { CountersRepository, TicketsRepository } from '@mpp/persistence';

import type { BoardDto } from '../board.dto';
import { QueueLayout } from '../queue-layout.service';
import { TicketPageReader } from '../ticket-page.reader';
import { LinePositions } from './line-positions.service';
import { QueueEventBus } from './queue-event-bus.port';
import type { QueueEvent } from './queue-events';

/** A comment line every 20 s keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/**
 * The server-sent-event streams: a mall's board, and one ticket's page. Each starts with a
 * snapshot, sent once this process listens to the site's events, so nothing falls in between.
 */
@Injectable()
export class LiveStreams {
  constructor(
    private readonly bus: QueueEventBus,
    private readonly layout: QueueLayout,
    private readonly tickets: TicketsRepository,
    private readonly counters: CountersRepository,
    private readonly pages: TicketPageReader,
    private readonly positions: LinePositions,
  ) {}

  async boardSnapshot(regionCode: RegionCode, siteCode: string, now = new Date()): Promise<BoardDto> {
    const layout = await this.layout.region(regionCode, now);
    if (!layout.state.sites.get(siteCode)?.active) {
      throw new NotFoundError('SITE_NOT_FOUND', `No active site ${siteCode} in ${layout.regionCode}`, 'siteCode');
    }
    const serviceDate = serviceDateAt(now, layout.utcOffsetHours);
    const [open, waiting] = [
      await this.counters.openAt(layout.regionCode, siteCode),
      await this.tickets.waitingPerService(layout.regionCode, siteCode, serviceDate),
    ];
    // The tickets at the counters, in one read.
    const current = new Map(
      (
        await this.tickets.findMany(
          layout.regionCode,
          open.flatMap((counter) => (counter.currentTicketId ? [counter.currentTicketId] : [])),
        )
      ).map((ticket) => [ticket.id, ticket]),
    );
    const counters = open.map((counter) => {
      const ticket = counter.currentTicketId ? current.get(counter.currentTicketId) : undefined;
      return {
        agencyCode: counter.agencyCode,
        counterCode: counter.counterCode,
        counterName: counter.counterName,
        ticketNumber:
          ticket && (ticket.status === 'called' || ticket.status === 'serving') ? formatTicketNumber(ticket.prefix, ticket.sequence) : null,
      };
    });
    const lines = [];
    for (const [key, service] of layout.state.services) {
      const [agencyCode, serviceCode] = key.split('/');
      const agency = layout.state.agencies.get(agencyCode);
      if (!service.active || !agency?.active || !agency.value.sites.includes(siteCode)) continue;
      const count = waiting.find((line) => line.agencyCode === agencyCode && line.serviceCode === serviceCode)?.waiting ?? 0;
      lines.push({ agencyCode, serviceCode, serviceName: service.value.name, prefix: service.value.queue.prefix, waiting: count });
    }
    const runningText = layout.state.sites.get(siteCode)?.value.boardText ?? [];
    return { regionCode: layout.regionCode, siteCode, serviceDate, counters, lines, runningText };
  }

  /** Checks the site before the stream starts, so a wrong address answers 404 instead of an empty stream. */
  async board(regionCode: RegionCode, siteCode: string): Promise<Observable<MessageEvent>> {
    const layout = await this.layout.region(regionCode);
    if (!layout.state.sites.get(siteCode)?.active)
      throw new NotFoundError('SITE_NOT_FOUND', `No active site ${siteCode} in ${layout.regionCode}`, 'siteCode');
    return this.withSnapshot(
      layout.region,
      siteCode,
      () => this.positions.limited(() => this.boardSnapshot(layout.region, siteCode)),
      'board',
      (events) => events.pipe(map((event) => ({ type: event.type, data: serializedOnce(event) }))),
    );
  }

  /**
   * A ticket's page, then the page again whenever it changes. Pages of one line share one
   * computation per change (`LinePositions`); opening one reads the ticket once, within the
   * live pages' share of the pool.
   */
  async ticket(regionCode: RegionCode, ticketId: string): Promise<Observable<MessageEvent>> {
    const ticket = await this.positions.limited(() => this.pages.find(regionCode, ticketId));
    return merge(this.positions.watch(ticket), heartbeat());
  }

  private withSnapshot<T extends object>(
    regionCode: RegionCode,
    siteCode: string,
    snapshot: () => Promise<T>,
    snapshotType: string,
    follow: (events: ReturnType<QueueEventBus['events']>) => Observable<MessageEvent>,
  ): Observable<MessageEvent> {
    const events = this.bus.events(regionCode.value, siteCode);
    const live = follow(events);
    const first = defer(async () => {
      await this.bus.listening(regionCode.value, siteCode);
      return { type: snapshotType, data: await snapshot() } as MessageEvent;
    });
    // Subscribing to `live` first starts listening; the snapshot follows once the listener is in place.
    return merge(live, first, heartbeat());
  }
}

/**
 * Every board of a site receives the same event object from the bus: it is serialized for the
 * first and reused by the others (Nest's SSE stream writes a string as it is, where it would
 * serialize an object once per client).
 */
const serialized = new WeakMap<QueueEvent, string>();

function serializedOnce(event: QueueEvent): string {
  let data = serialized.get(event);
  if (data === undefined) serialized.set(event, (data = JSON.stringify(event)));
  return data;
}

function heartbeat(): Observable<MessageEvent> {
  return interval(HEARTBEAT_MS).pipe(map(() => ({ type: 'heartbeat', data: { at: new Date().toISOString() } }) as MessageEvent));
}
