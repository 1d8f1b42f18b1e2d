import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

import { closeRedis } from '../redis/close-redis';
import { type RateLimitCount, RateLimitCounters, type RateLimitStorage } from './rate-limit-counters.storage';

/**
 * One fixed window per key, counted and blocked atomically in Redis, so every API instance
 * shares the same budget. Returns [hits, ms to window end, blocked 0|1, ms of block left].
 */
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local windowLeft = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, windowLeft, 1, tonumber(ARGV[3])}
end
return {hits, windowLeft, 0, 0}
`;

/**
 * Rate-limit counters in Redis when REDIS_URL is set. If Redis does not answer, requests are
 * counted in this process instead (fail open, with a warning): a Redis outage must not take
 * the API down with it.
 */
export class RedisThrottlerStorage implements RateLimitStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly fallback = new RateLimitCounters();
  private readonly redis: Redis;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly keyPrefix: string,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1_000,
      commandTimeout: 500,
    });
    this.redis.on('error', (error: Error) => this.warn(error));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitCount> {
    const base = `${this.keyPrefix}rate:${throttlerName}:${key}`;
    try {
      const [hits, windowLeft, blocked, blockLeft] = (await this.redis.eval(
        INCREMENT,
        2,
        base,
        `${base}:blocked`,
        ttl,
        limit,
        blockDuration,
      )) as number[];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(Math.max(windowLeft, 0) / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(Math.max(blockLeft, 0) / 1000),
      };
    } catch (error) {
      this.warn(error);
      return this.fallback.increment(key, ttl, limit, blockDuration);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.fallback.close();
    await closeRedis(this.redis);
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(
      `Redis unavailable for rate limits, counting in this process: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
