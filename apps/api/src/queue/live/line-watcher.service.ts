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

interface PendingLine {
  moved: boolean;
  timer?: NodeJS.Timeout;
}

export type LineListener = (line: LineRef) => Promise<void>;

/** How long changes to one line are gathered before boards are told its new waiting count. */
const SETTLE_MS = 500;

/**
 * Tells boards how many wait in a line after it changes, at most a few times a second per line
 * however fast tickets are issued: at opening time a line may change hundreds of times a
 * second, and one count per burst is enough for a board. Listeners (the "your turn is near"
 * notices) run on the same beat.
 */
@Injectable()
export class LineWatcher implements OnModuleDestroy {
  private readonly logger = new Logger('LineWatcher');
  private readonly pending = new Map<string, PendingLine>();
  private readonly listeners: LineListener[] = [];

  constructor(
    private readonly tickets: TicketsRepository,
    private readonly bus: QueueEventBus,
  ) {}

  onSettled(listener: LineListener): void {
    this.listeners.push(listener);
  }

  /**
   * `moved`: a ticket left the line or jumped in its order (a call, a cancel, a transfer), so
   * positions changed and the listeners run; a new ticket at the end only changes the count.
   */
  touch(line: LineRef, moved = true): void {
    const ref: LineRef = {
      regionCode: line.regionCode,
      siteCode: line.siteCode,
      serviceDate: line.serviceDate,
      agencyCode: line.agencyCode,
      serviceCode: line.serviceCode,
    };
    const key = `${ref.regionCode}|${ref.siteCode}|${ref.serviceDate}|${ref.agencyCode}|${ref.serviceCode}`;
    const pending = this.pending.get(key);
    if (pending) {
      pending.moved ||= moved;
      return;
    }
    const entry: PendingLine = { moved };
    entry.timer = setTimeout(() => {
      this.pending.delete(key);
      void this.settle(ref, entry.moved);
    }, SETTLE_MS);
    entry.timer.unref();
    this.pending.set(key, entry);
  }

  private async settle(line: LineRef, moved: boolean): Promise<void> {
    try {
      const waiting = await this.tickets.countWaiting(line);
      await this.bus.publish({
        type: 'line',
        regionCode: line.regionCode,
        siteCode: line.siteCode,
        at: new Date().toISOString(),
        agencyCode: line.agencyCode,
        serviceCode: line.serviceCode,
        waiting,
      });
      if (moved) for (const listener of this.listeners) await listener(line);
    } catch (error) {
      this.logger.warn(`could not settle line ${line.agencyCode}/${line.serviceCode}: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
