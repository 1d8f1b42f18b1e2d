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
});
