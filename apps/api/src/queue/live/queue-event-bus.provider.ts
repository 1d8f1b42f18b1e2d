import type { Provider } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '@mpp/platform';

import { QueueEventBus } from './queue-event-bus.port';
import { InProcessQueueEventBus } from './queue-event-bus-in-process.driver';
import { RedisQueueEventBus } from './queue-event-bus-redis.driver';

/** Redis pub/sub when REDIS_URL is set (several API instances), in-process otherwise. */
export const queueEventBusProvider: Provider = {
  provide: QueueEventBus,
  useFactory: (config: AppConfig) =>
    config.redis.url ? new RedisQueueEventBus(config.redis.url, config.redis.keyPrefix) : new InProcessQueueEventBus(),
  inject: [APP_CONFIG],
};
