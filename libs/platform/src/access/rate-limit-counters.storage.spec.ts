import { RateLimitCounters } from './rate-limit-counters.storage';

describe('rate-limit counters in this process', () => {
  const counters = new RateLimitCounters();
  afterAll(() => counters.close());

  it('counts a key up to its limit in one window, then blocks it for the block duration', () => {
    const start = 1_000_000;
    const seen = [1, 2, 3].map((n) => counters.count('ip:a', 60_000, 3, 60_000, start + n));
    expect(seen.map((count) => [count.totalHits, count.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(seen[2].timeToExpire).toBe(60);
    const over = counters.count('ip:a', 60_000, 3, 60_000, start + 30_000);
    expect(over).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    expect(counters.count('ip:a', 60_000, 3, 60_000, start + 89_000)).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    expect(counters.count('ip:a', 60_000, 3, 60_000, start + 90_001)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps each key to its own budget and starts a new window when the last one is over', () => {
    const start = 2_000_000;
    counters.count('ip:b', 60_000, 5, 60_000, start);
    expect(counters.count('ip:c', 60_000, 5, 60_000, start)).toMatchObject({ totalHits: 1 });
    expect(counters.count('ip:b', 60_000, 5, 60_000, start + 59_999)).toMatchObject({ totalHits: 2, timeToExpire: 1 });
    expect(counters.count('ip:b', 60_000, 5, 60_000, start + 60_000)).toMatchObject({ totalHits: 1, timeToExpire: 60 });
  });

  it('forgets keys whose window and block are over, and only those', () => {
    const start = 3_000_000;
    counters.count('ip:old', 60_000, 1, 60_000, start);
    counters.count('ip:old', 60_000, 1, 60_000, start); // blocked until start + 60 s
    counters.count('ip:new', 60_000, 5, 60_000, start + 50_000);
    counters.sweep(start + 60_001);
    expect(counters.count('ip:old', 60_000, 1, 60_000, start + 60_001)).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(counters.count('ip:new', 60_000, 5, 60_000, start + 60_001)).toMatchObject({ totalHits: 2 });
  });
});
