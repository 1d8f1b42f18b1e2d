import { Injectable, type MessageEvent } from '@nestjs/common';
import { defer, filter, from, interval, map, merge, type Observable, switchMap, throttleTime } from 'rxjs';

import { formatTicketNumber, NotFoundError, type RegionCode, serviceDateAt } from '@mpp/domain';
import { CountersRepository, TicketsRepository } from '@mpp/persistence';

import type { BoardDto } from '../board.dto';
import { QueueLayout } from '../queue-layout.service';
import { TicketPageReader } from '../ticket-page.reader';
import { QueueEventBus } from './queue-event-bus.port';

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
    const counters = [];
    for (const counter of open) {
      const ticket = counter.currentTicketId ? await this.tickets.find(layout.regionCode, counter.currentTicketId) : undefined;
      counters.push({
        agencyCode: counter.agencyCode,
        counterCode: counter.counterCode,
        counterName: counter.counterName,
        ticketNumber:
          ticket && (ticket.status === 'called' || ticket.status === 'serving') ? formatTicketNumber(ticket.prefix, ticket.sequence) : null,
      });
    }
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
      () => this.boardSnapshot(layout.region, siteCode),
      'board',
      (events) => events.pipe(map((event) => ({ type: event.type, data: event }))),
    );
  }

  async ticket(regionCode: RegionCode, ticketId: string): Promise<Observable<MessageEvent>> {
    const ticket = await this.pages.find(regionCode, ticketId);
    let agencyCode = ticket.agencyCode;
    const page = () =>
      this.pages.view(regionCode, ticketId).then((view) => {
        agencyCode = view.agencyCode;
        return view;
      });
    return this.withSnapshot(regionCode, ticket.siteCode, page, 'ticket', (events) =>
      events.pipe(
        // Only moves of its own line (or its agency's calls, which may be its own) change a ticket's page.
        // A transfer moves the ticket to another agency: the page it last sent says which.
        filter((event) => event.type !== 'counter' && event.agencyCode === agencyCode),
        // A burst of calls and tickets recomputes the page at most once a second.
        throttleTime(1_000, undefined, { leading: true, trailing: true }),
        switchMap(() => from(page())),
        map((data) => ({ type: 'ticket', data })),
      ),
    );
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
    const heartbeat = interval(HEARTBEAT_MS).pipe(
      map(() => ({ type: 'heartbeat', data: { at: new Date().toISOString() } }) as MessageEvent),
    );
    // Subscribing to `live` first starts listening; the snapshot follows once the listener is in place.
    return merge(live, first, heartbeat);
  }
}
