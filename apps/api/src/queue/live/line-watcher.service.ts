import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';

import { TicketsRepository } from '@mpp/persistence';

import { QueueEventBus } from './queue-event-bus.port';

export interface LineRef {
  regionCode: string;
  siteCode: string;
  serviceDate: string;
  agencyCode: string;
  serviceCode: string;
}

/** A line as a moved ticket names it: `linePrefix` is the prefix of the line's day row (where its count is kept). */
export type TouchedLine = LineRef & { linePrefix: string };

/** How many wait in a line, as the statement that issued ticket number `sequence` left it (the line's row locked). */
export interface CountAtIssue {
  waiting: number;
  sequence: number;
}

interface PendingLine {
  moved: boolean;
  /**
   * The count of the latest issue here (numbers follow the line row's lock order), while every
   * change gathered is an issue that returned its count; `null` once another change came, and
   * the count is then read again.
   */
  count: CountAtIssue | null;
  timer?: NodeJS.Timeout;
}

export type LineListener = (line: LineRef) => Promise<void>;
export type TouchListener = (line: TouchedLine, moved: boolean) => void;

/**
 * The least time between two `line` events of one line. The first change is told at once (a
 * call reaches boards and pages within the next query); changes in the following
 * `SETTLE_MS` are gathered into one more: at opening time a line changes hundreds of times a
 * second, and ten counts a second are plenty for a board.
 */
export const SETTLE_MS = 100;

/**
 * Tells boards how many wait in a line after it changes (the count its day row keeps), at most
 * every `SETTLE_MS` per line however fast tickets are issued; ticket pages recompute positions
 * from the same event (`LinePositions`). Listeners (the "your turn is near" notices) run on the
 * same beat when positions changed.
 */
@Injectable()
export class LineWatcher implements OnModuleDestroy {
  private readonly logger = new Logger('LineWatcher');
  private readonly pending = new Map<string, PendingLine>();
  /** When each line was last told, for the gathering window. */
  private readonly lastTold = new Map<string, number>();
  private readonly listeners: LineListener[] = [];
  private readonly touchListeners: TouchListener[] = [];

  constructor(
    private readonly tickets: TicketsRepository,
    private readonly bus: QueueEventBus,
  ) {}

  onSettled(listener: LineListener): void {
    this.listeners.push(listener);
  }

  /** Told synchronously of every change made in this process (cached figures of the line go stale). */
  onTouched(listener: TouchListener): void {
    this.touchListeners.push(listener);
  }

  /**
   * `moved`: a ticket left the line or jumped in its order (a call, a cancel, a transfer), so
   * positions changed and the listeners run; a new ticket at the end only changes the count.
   * `count`: what an issue's statement returned; when every change of the gathering window is
   * such an issue, boards are told the latest one's count instead of reading the line's row again
   * (over many lines that read was one more statement per ticket). Only on a bus of this process
   * alone: with other instances publishing to the same boards, one of them may have told a later
   * count while this one waited out its pacing, and an older count must not follow it.
   */
  touch(line: TouchedLine, moved = true, count?: CountAtIssue): void {
    const ref: TouchedLine = {
      regionCode: line.regionCode,
      siteCode: line.siteCode,
      serviceDate: line.serviceDate,
      agencyCode: line.agencyCode,
      serviceCode: line.serviceCode,
      linePrefix: line.linePrefix,
    };
    for (const listener of this.touchListeners) listener(ref, moved);
    const key = `${ref.regionCode}|${ref.siteCode}|${ref.serviceDate}|${ref.agencyCode}|${ref.serviceCode}|${ref.linePrefix}`;
    const known = count && !moved && !this.bus.shared ? count : null;
    const pending = this.pending.get(key);
    if (pending) {
      pending.moved ||= moved;
      if (!known || !pending.count) pending.count = null;
      else if (known.sequence > pending.count.sequence) pending.count = known;
      return;
    }
    const entry: PendingLine = { moved, count: known };
    const wait = Math.max(0, (this.lastTold.get(key) ?? 0) + SETTLE_MS - Date.now());
    entry.timer = setTimeout(() => {
      this.pending.delete(key);
      this.lastTold.set(key, Date.now());
      void this.settle(ref, entry.moved, entry.count);
    }, wait);
    entry.timer.unref();
    this.pending.set(key, entry);
    // Lines of past days are never told again: keep the map to lines touched lately.
    if (this.lastTold.size > 10_000) this.lastTold.clear();
  }

  private async settle(line: TouchedLine, moved: boolean, count: CountAtIssue | null): Promise<void> {
    try {
      const waiting = count ? count.waiting : await this.tickets.countWaiting({ ...line, prefix: line.linePrefix });
      await this.bus.publish({
        type: 'line',
        regionCode: line.regionCode,
        siteCode: line.siteCode,
        at: new Date().toISOString(),
        agencyCode: line.agencyCode,
        serviceCode: line.serviceCode,
        waiting,
        moved,
      });
      const ref: LineRef = {
        regionCode: line.regionCode,
        siteCode: line.siteCode,
        serviceDate: line.serviceDate,
        agencyCode: line.agencyCode,
        serviceCode: line.serviceCode,
      };
      if (moved) for (const listener of this.listeners) await listener(ref);
    } catch (error) {
      this.logger.warn(`could not settle line ${line.agencyCode}/${line.serviceCode}: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
