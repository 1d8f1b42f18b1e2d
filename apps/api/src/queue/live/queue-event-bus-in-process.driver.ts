import type { OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';

import { QueueEventBus } from './queue-event-bus.port';
import { channelOf, type QueueEvent } from './queue-events';

/**
 * Local fan-out: one subject per site channel, dropped when its last client leaves. The Redis
 * driver delivers what it hears through the same fan-out.
 */
export class LocalChannels {
  private readonly subjects = new Map<string, { subject: Subject<QueueEvent>; listeners: number }>();

  deliver(channel: string, event: QueueEvent): void {
    this.subjects.get(channel)?.subject.next(event);
  }

  listen(channel: string, onFirst?: () => void, onLast?: () => void): Observable<QueueEvent> {
    return new Observable<QueueEvent>((subscriber) => {
      let entry = this.subjects.get(channel);
      if (!entry) {
        entry = { subject: new Subject<QueueEvent>(), listeners: 0 };
        this.subjects.set(channel, entry);
        onFirst?.();
      }
      entry.listeners++;
      const subscription = entry.subject.subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        const current = this.subjects.get(channel);
        if (current && --current.listeners === 0) {
          this.subjects.delete(channel);
          onLast?.();
        }
      };
    });
  }

  complete(): void {
    for (const { subject } of this.subjects.values()) subject.complete();
    this.subjects.clear();
  }
}

/** One API process: events reach the boards and pages connected to it. */
export class InProcessQueueEventBus extends QueueEventBus implements OnModuleDestroy {
  readonly shared = false;
  private readonly channels = new LocalChannels();

  async publish(event: QueueEvent): Promise<void> {
    this.channels.deliver(channelOf(event.regionCode, event.siteCode), event);
  }

  events(regionCode: string, siteCode: string): Observable<QueueEvent> {
    return this.channels.listen(channelOf(regionCode, siteCode));
  }

  /** Delivery is in process: listening starts with the subscription. */
  async listening(): Promise<void> {
    return;
  }

  onModuleDestroy(): void {
    this.channels.complete();
  }
}
