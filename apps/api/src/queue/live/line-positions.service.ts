import { Injectable, type MessageEvent, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Observable, type Subscription } from 'rxjs';

import { isFinal } from '@mpp/domain';
import { type TicketRow, TicketsRepository } from '@mpp/persistence';

import { DEFAULT_SERVICE_SECONDS } from '../line.reader';
import { QueueLayout, type RegionLayout } from '../queue-layout.service';
import { ticketDto } from '../ticket.mapper';
import { type LineView, lineViewOf, placeAt, type PlaceInLine } from './line-view.mapper';
import { LineWatcher, type TouchedLine } from './line-watcher.service';
import { LiveReads } from './live-reads.limiter';
import { QueueEventBus } from './queue-event-bus.port';
import type { QueueEvent } from './queue-events';

/** Live reads hold at most this many of the pool's connections (DB_POOL_SIZE, 10 by default). */
const LIVE_READ_CONNECTIONS = 2;
/** How long a line's mean service time and open counters are reused for the issuing answer's estimate when no change here says otherwise. */
const FIGURES_TTL_MS = 2_000;

interface Watcher {
  row: TicketRow;
  /** The page last sent, serialized: a page is sent again only when it differs. */
  sent?: string;
  send: (page: string) => void;
}

interface WatchedLine {
  key: string;
  regionCode: string;
  siteCode: string;
  serviceDate: string;
  agencyCode: string;
  serviceCode: string;
  watchers: Map<string, Set<Watcher>>;
  /** The places as last computed; undefined when the line changed since. */
  view?: LineView;
  running?: Promise<void>;
  again: boolean;
}

const lineKey = (ref: { regionCode: string; siteCode: string; serviceDate: string; agencyCode: string; serviceCode: string }) =>
  `${ref.regionCode}|${ref.siteCode}|${ref.serviceDate}|${ref.agencyCode}|${ref.serviceCode}`;

/**
 * Places in line for ticket pages, computed once per change of a line however many pages watch
 * it: a `line` event (from this instance or, through Redis, another) makes one read of the line
 * (`TicketsRepository.lineView`), one more for the watched tickets that left it, and then every
 * page whose content changed is sent its new page. Reads go through `LiveReads`, so live pages
 * never hold more than two of the pool's connections, whatever the number of pages.
 */
@Injectable()
export class LinePositions implements OnModuleInit, OnModuleDestroy {
  private readonly reads = new LiveReads(LIVE_READ_CONNECTIONS);
  private readonly lines = new Map<string, WatchedLine>();
  private readonly sites = new Map<string, { subscription: Subscription; lines: number; listening: Promise<void> }>();
  private readonly figures = new Map<string, { meanServiceSeconds: number; openCounters: number; at: number }>();

  constructor(
    private readonly tickets: TicketsRepository,
    private readonly layout: QueueLayout,
    private readonly bus: QueueEventBus,
    private readonly watcher: LineWatcher,
  ) {}

  onModuleInit(): void {
    this.watcher.onTouched((line, moved) => this.touched(line, moved));
  }

  onModuleDestroy(): void {
    for (const site of this.sites.values()) site.subscription.unsubscribe();
    this.sites.clear();
    this.lines.clear();
  }

  /** Runs a read for live pages within their share of the pool. */
  limited<T>(read: () => Promise<T>): Promise<T> {
    return this.reads.run(read);
  }

  /** A ticket's page as a stream: the page now, then again whenever it changes. */
  watch(row: TicketRow): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const watcher: Watcher = { row, send: (page) => subscriber.next({ type: 'ticket', data: page }) };
      let line = this.join(watcher);
      void this.listening(line)
        .then(() => this.first(line, watcher))
        .catch((error: unknown) => subscriber.error(error));
      return () => {
        line = this.lines.get(lineKey(watcher.row)) ?? line;
        this.leave(line, watcher);
      };
    });
  }

  /** Position and estimated wait of a waiting ticket (undefined otherwise): from the watched line's places when current, else read now. */
  async placeOf(row: TicketRow): Promise<PlaceInLine | undefined> {
    if (row.status !== 'waiting') return undefined;
    const watched = this.lines.get(lineKey(row));
    let view = watched?.view;
    if (!view?.index.has(row.id)) view = watched ? (await this.refresh(watched), watched.view) : await this.compute(row);
    const ahead = view?.index.get(row.id);
    return view && ahead !== undefined ? placeAt(ahead, view) : undefined;
  }

  /**
   * The place of a ticket just issued, whose line counted `lineWaiting` with it: where it
   * joins at the end that count is its position, and the estimate needs only the line's
   * figures (reused for a moment, dropped when the line or its counters change here).
   */
  async placeOfNewcomer(row: TicketRow, lineWaiting: number, joinsAtTheEnd: boolean): Promise<PlaceInLine | undefined> {
    if (!joinsAtTheEnd) return this.placeOf(row);
    const key = lineKey(row);
    let figures = this.figures.get(key);
    if (!figures || Date.now() - figures.at > FIGURES_TTL_MS) {
      const prefix = await this.prefixOf(row);
      if (prefix === undefined) return undefined;
      const read = await this.tickets.lineFigures({ ...row, prefix });
      figures = { meanServiceSeconds: read.meanServiceSeconds ?? DEFAULT_SERVICE_SECONDS, openCounters: read.openCounters, at: Date.now() };
      this.figures.set(key, figures);
      if (this.figures.size > 10_000) this.figures.clear();
    }
    return placeAt(lineWaiting - 1, figures);
  }

  /** A counter opened or closed at a site: wait estimates of its lines change. */
  countersChanged(regionCode: string, siteCode: string): void {
    for (const key of this.figures.keys()) if (key.startsWith(`${regionCode}|${siteCode}|`)) this.figures.delete(key);
  }

  private touched(line: TouchedLine, moved: boolean): void {
    if (!moved) return;
    this.figures.delete(lineKey(line));
    const watched = this.lines.get(lineKey(line));
    if (watched) watched.view = undefined;
  }

  private join(watcher: Watcher): WatchedLine {
    const key = lineKey(watcher.row);
    let line = this.lines.get(key);
    if (!line) {
      const { regionCode, siteCode, serviceDate, agencyCode, serviceCode } = watcher.row;
      line = { key, regionCode, siteCode, serviceDate, agencyCode, serviceCode, watchers: new Map(), again: false };
      this.lines.set(key, line);
      this.follow(regionCode, siteCode);
    }
    const same = line.watchers.get(watcher.row.id) ?? new Set<Watcher>();
    same.add(watcher);
    line.watchers.set(watcher.row.id, same);
    return line;
  }

  private leave(line: WatchedLine, watcher: Watcher): void {
    const same = line.watchers.get(watcher.row.id);
    same?.delete(watcher);
    if (same?.size === 0) line.watchers.delete(watcher.row.id);
    if (line.watchers.size > 0 || this.lines.get(line.key) !== line) return;
    this.lines.delete(line.key);
    this.unfollow(line.regionCode, line.siteCode);
  }

  /** One subscription to a site's events per process, however many pages of its lines are open. */
  private follow(regionCode: string, siteCode: string): void {
    const key = `${regionCode}|${siteCode}`;
    const site = this.sites.get(key);
    if (site) {
      site.lines++;
      return;
    }
    const subscription = this.bus.events(regionCode, siteCode).subscribe((event) => this.heard(event));
    this.sites.set(key, { subscription, lines: 1, listening: this.bus.listening(regionCode, siteCode) });
  }

  private unfollow(regionCode: string, siteCode: string): void {
    const key = `${regionCode}|${siteCode}`;
    const site = this.sites.get(key);
    if (!site || --site.lines > 0) return;
    site.subscription.unsubscribe();
    this.sites.delete(key);
  }

  private listening(line: WatchedLine): Promise<void> {
    return this.sites.get(`${line.regionCode}|${line.siteCode}`)?.listening ?? Promise.resolve();
  }

  private heard(event: QueueEvent): void {
    if (event.type !== 'line' || event.moved === false) return;
    for (const line of this.lines.values()) {
      if (
        line.regionCode === event.regionCode &&
        line.siteCode === event.siteCode &&
        line.agencyCode === event.agencyCode &&
        line.serviceCode === event.serviceCode
      ) {
        line.view = undefined;
        void this.refresh(line);
      }
    }
  }

  /** The first page of a new watcher: from the current places when they hold its ticket, else after the line is read again. */
  private async first(line: WatchedLine, watcher: Watcher): Promise<void> {
    if (watcher.row.status !== 'waiting' || line.view?.index.has(watcher.row.id)) {
      this.deliver(line, watcher, await this.layout.storedRegion(line.regionCode));
      return;
    }
    line.view = undefined;
    await this.refresh(line);
  }

  /** Recomputes a line; a change heard meanwhile runs it once more after (never two at once per line). */
  private refresh(line: WatchedLine): Promise<void> {
    if (line.running) {
      line.again = true;
      return line.running;
    }
    line.running = (async () => {
      do {
        line.again = false;
        await this.recompute(line);
      } while (line.again);
    })().finally(() => (line.running = undefined));
    return line.running;
  }

  private async recompute(line: WatchedLine): Promise<void> {
    const view = await this.compute(line);
    if (!view) return;
    line.view = view;
    // Watched tickets no longer waiting here (called, moved on, transferred) are read again, together.
    const left = [...line.watchers.entries()]
      .filter(([id, same]) => !view.index.has(id) && !isFinal(first(same).row.status))
      .map(([id]) => id);
    const rows = left.length > 0 ? await this.reads.run(() => this.tickets.findMany(line.regionCode, left)) : [];
    for (const row of rows) {
      for (const watcher of line.watchers.get(row.id) ?? []) watcher.row = row;
      if (lineKey(row) !== line.key) this.transferred(line, row);
    }
    const layout = await this.layout.storedRegion(line.regionCode);
    for (const same of line.watchers.values()) for (const watcher of same) this.deliver(line, watcher, layout);
  }

  /** A watched ticket sent to another line: its pages now follow that line. */
  private transferred(from: WatchedLine, row: TicketRow): void {
    const moving = [...(from.watchers.get(row.id) ?? [])];
    from.watchers.delete(row.id);
    let to: WatchedLine | undefined;
    for (const watcher of moving) to = this.join(watcher);
    if (from.watchers.size === 0 && this.lines.get(from.key) === from) {
      this.lines.delete(from.key);
      this.unfollow(from.regionCode, from.siteCode);
    }
    if (to) {
      to.view = undefined;
      void this.refresh(to);
    }
  }

  private deliver(line: WatchedLine, watcher: Watcher, layout: RegionLayout): void {
    const ahead = watcher.row.status === 'waiting' ? line.view?.index.get(watcher.row.id) : undefined;
    if (watcher.row.status === 'waiting' && ahead === undefined) return;
    const place = ahead !== undefined && line.view ? placeAt(ahead, line.view) : undefined;
    const counterName = watcher.row.counterCode
      ? this.layout.counterName(layout, watcher.row.agencyCode, watcher.row.counterCode)
      : undefined;
    const page = JSON.stringify(ticketDto(watcher.row, { ...place, counterName }));
    if (page === watcher.sent) return;
    watcher.sent = page;
    watcher.send(page);
  }

  private async compute(ref: TicketRow | WatchedLine): Promise<LineView | undefined> {
    const layout = await this.layout.storedRegion(ref.regionCode);
    const service = layout.state.services.get(`${ref.agencyCode}/${ref.serviceCode}`);
    if (!service) return undefined;
    const rows = await this.reads.run(() => this.tickets.lineView({ ...ref, prefix: service.value.queue.prefix }));
    return lineViewOf(rows, service.value, Date.now());
  }

  private async prefixOf(ref: { regionCode: string; agencyCode: string; serviceCode: string }): Promise<string | undefined> {
    const layout = await this.layout.storedRegion(ref.regionCode);
    return layout.state.services.get(`${ref.agencyCode}/${ref.serviceCode}`)?.value.queue.prefix;
  }
}

function first<T>(set: Set<T>): T {
  return set.values().next().value as T;
}
