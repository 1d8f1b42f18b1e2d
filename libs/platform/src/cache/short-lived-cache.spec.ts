import { ShortLivedCache } from './short-lived-cache';

describe('ShortLivedCache', () => {
  it('shares one read among callers until it expires, and forgets a failed read', async () => {
    const cache = new ShortLivedCache(1_000);
    let reads = 0;
    const load = async () => ++reads;
    expect(await Promise.all([cache.get('k', load, 0), cache.get('k', load, 10)])).toEqual([1, 1]);
    expect(await cache.get('k', load, 999)).toBe(1);
    expect(await cache.get('k', load, 1_000)).toBe(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down');
    await Promise.resolve();
    expect(await cache.get('bad', load, 1)).toBe(3);
  });

  it('with a stale window, answers the expired value at once and reads its successor once, in the background', async () => {
    const cache = new ShortLivedCache(1_000, 200, 5_000);
    let reads = 0;
    let release: () => void = () => undefined;
    const load = () => {
      reads += 1;
      const value = reads;
      return value === 1 ? Promise.resolve(value) : new Promise<number>((resolve) => (release = () => resolve(value)));
    };
    expect(await cache.get('k', load, 0)).toBe(1);
    // Expired: the old answer, and one re-read started however many ask.
    expect(await Promise.all([cache.get('k', load, 1_500), cache.get('k', load, 1_600)])).toEqual([1, 1]);
    expect(reads).toBe(2);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('k', load, 1_700)).toBe(2);
    expect(reads).toBe(2);
    // Left unread past the stale window: the caller waits for a new read.
    const late = cache.get('k', load, 1_500 + 1_000 + 5_000);
    expect(reads).toBe(3);
    release();
    expect(await late).toBe(3);
  });

  it('keeps answering the previous value when a background re-read fails, and tries again on the next call', async () => {
    const cache = new ShortLivedCache(1_000, 200, 5_000);
    let reads = 0;
    const load = async () => {
      reads += 1;
      if (reads === 2) throw new Error('down');
      return reads;
    };
    expect(await cache.get('k', load, 0)).toBe(1);
    expect(await cache.get('k', load, 1_500)).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('k', load, 1_600)).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(3);
    expect(await cache.get('k', load, 1_700)).toBe(3);
  });
});
