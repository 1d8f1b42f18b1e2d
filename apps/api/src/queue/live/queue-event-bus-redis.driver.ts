import { Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import type { Observable } from 'rxjs';

import { closeRedis } from '@mpp/platform';

import { QueueEventBus } from './queue-event-bus.port';
import { LocalChannels } from './queue-event-bus-in-process.driver';
import { channelOf, type QueueEvent } from './queue-events';

/** Several API instances: every instance publishes to and listens on Redis pub/sub. */
export class RedisQueueEventBus extends QueueEventBus implements OnModuleDestroy {
  readonly shared = true;
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
