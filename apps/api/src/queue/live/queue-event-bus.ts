import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { closeRedis } from '@mpp/platform';
import Redis from 'ioredis';
import { Observable, Subject } from 'rxjs';
import { channelOf, type QueueEvent } from './queue-events';

/**
 * Delivers queue events to the boards and ticket pages connected to this process. Without
 * Redis only this process's clients hear them; with REDIS_URL every instance publishes to and
 * listens on Redis, so a board connected to any instance sees a call made on any other.
 */
export abstract class QueueEventBus {
  abstract publish(event: QueueEvent): Promise<void>;

  abstract events(regionCode: string, siteCode: string): Observable<QueueEvent>;

  /** Resolves when events of the site reach this process (after `events` is subscribed): a stream sends its snapshot after this, so nothing falls between. */
  abstract listening(regionCode: string, siteCode: string): Promise<void>;
}

/** Local fan-out: one subject per site channel, dropped when its last client leaves. */
class LocalChannels {
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

export class InProcessQueueEventBus extends QueueEventBus implements OnModuleDestroy {
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

export class RedisQueueEventBus extends QueueEventBus implements OnModuleDestroy {
  private readonly logger = new Logger('QueueEventBus');
  private readonly channels = new LocalChannels();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(
    url: string,
    private readonly keyPrefix: string,
  ) {
    super();
    const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      try {
        this.channels.deliver(channel.slice(this.keyPrefix.length), JSON.parse(message) as QueueEvent);
      } catch {
        this.logger.warn(`ignored a malformed queue event on ${channel}`);
      }
    });
  }

  async publish(event: QueueEvent): Promise<void> {
    const channel = channelOf(event.regionCode, event.siteCode);
    try {
      await this.publisher.publish(this.keyPrefix + channel, JSON.stringify(event));
    } catch (error) {
      // Redis is down: this instance's own clients still hear it; others catch up on reconnect.
      this.logger.warn(`publish through Redis failed (${(error as Error).message}); delivered locally only`);
      this.channels.deliver(channel, event);
    }
  }

  private readonly subscriptions = new Map<string, Promise<unknown>>();

  events(regionCode: string, siteCode: string): Observable<QueueEvent> {
    const channel = channelOf(regionCode, siteCode);
    return this.channels.listen(
      channel,
      () => {
        const subscribed = this.subscriber
          .subscribe(this.keyPrefix + channel)
          .catch((error: Error) => this.logger.warn(`subscribe: ${error.message}`));
        this.subscriptions.set(channel, subscribed);
      },
      () => {
        this.subscriptions.delete(channel);
        void this.subscriber.unsubscribe(this.keyPrefix + channel).catch(() => undefined);
      },
    );
  }

  override async listening(regionCode: string, siteCode: string): Promise<void> {
    await this.subscriptions.get(channelOf(regionCode, siteCode));
  }

  async onModuleDestroy(): Promise<void> {
    this.channels.complete();
    await Promise.all([closeRedis(this.publisher), closeRedis(this.subscriber)]);
  }
}
