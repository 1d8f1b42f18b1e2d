/** What a storage says after counting one request against a key's budget. */
export interface RateLimitCount {
  totalHits: number;
  /** Seconds until the key's window ends (the X-RateLimit-Reset header). */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds of block left (the Retry-After header). */
  timeToBlockExpire: number;
}

/** Where rate-limit counters live: this process (RateLimitCounters) or Redis (RedisThrottlerStorage). */
export interface RateLimitStorage {
  /** `name` is the budget's (default, login): Redis keeps each budget's counters apart by it. */
  increment(key: string, ttlMs: number, limit: number, blockDurationMs: number, name: string): Promise<RateLimitCount>;
}

export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

interface Window {
  hits: number;
  endsAt: number;
  blockedUntil: number;
}

/**
 * One fixed window per key in this process, the same rule the Redis script counts by: a number
 * and two times per key, whatever the budget. (@nestjs/throttler's in-memory storage kept one
 * timestamp per hit and filtered them all on every request: its cost grew with the budget.)
 * A request over the limit blocks the key for the block duration. Idle keys are swept every minute.
 */
export class RateLimitCounters implements RateLimitStorage {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(sweepEveryMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), sweepEveryMs);
    this.sweeper.unref();
  }

  async increment(key: string, ttlMs: number, limit: number, blockDurationMs: number): Promise<RateLimitCount> {
    return this.count(key, ttlMs, limit, blockDurationMs, Date.now());
  }

  count(key: string, ttlMs: number, limit: number, blockDurationMs: number, now: number): RateLimitCount {
    let window = this.windows.get(key);
    if (window && window.blockedUntil > now) {
      return {
        totalHits: window.hits,
        timeToExpire: seconds(window.endsAt - now),
        isBlocked: true,
        timeToBlockExpire: seconds(window.blockedUntil - now),
      };
    }
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + ttlMs, blockedUntil: 0 };
      this.windows.set(key, window);
    }
    window.hits += 1;
    if (window.hits > limit) {
      window.blockedUntil = now + blockDurationMs;
      return {
        totalHits: window.hits,
        timeToExpire: seconds(window.endsAt - now),
        isBlocked: true,
        timeToBlockExpire: seconds(blockDurationMs),
      };
    }
    return { totalHits: window.hits, timeToExpire: seconds(window.endsAt - now), isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Forgets every key whose window and block are over: memory stays bounded by the callers of the last minute. */
  sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now && window.blockedUntil <= now) this.windows.delete(key);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.windows.clear();
  }

  onApplicationShutdown(): void {
    this.close();
  }
}

function seconds(ms: number): number {
  return Math.ceil(Math.max(ms, 0) / 1000);
}
