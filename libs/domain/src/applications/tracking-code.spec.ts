import { randomBytes } from 'node:crypto';

import { newTrackingCode, parseTrackingCode } from './tracking-code';

describe('tracking codes', () => {
  it('are ten symbols without look-alike letters, grouped by five', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode(randomBytes)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('use every symbol equally often (no bias from the byte mapping)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3_200; i++) {
      for (const symbol of newTrackingCode(randomBytes).replace('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    // 32,000 symbols: 1,000 expected each; ±20% is far outside chance.
    for (const count of counts.values()) expect(Math.abs(count - 1_000)).toBeLessThan(200);
  });

  it('do not repeat in 100,000 draws', () => {
    const seen = new Set(Array.from({ length: 100_000 }, () => newTrackingCode(randomBytes)));
    expect(seen.size).toBe(100_000);
  });

  it.each([
    ['7kq2m-9xw4t', '7KQ2M-9XW4T'],
    ['7KQ2M9XW4T', '7KQ2M-9XW4T'],
    [' 7kq2m 9xw4t ', '7KQ2M-9XW4T'],
    ['OOLI1-23456', '00111-23456'],
  ])('reads %p as %p', (input, canonical) => {
    expect(parseTrackingCode(input)).toBe(canonical);
  });

  it.each(['', '7KQ2M-9XW4', '7KQ2M-9XW4TT', '7KQ2M-9XW4U', '7KQ2M/9XW4T'])('refuses %p naming the field', (input) => {
    expect(() => parseTrackingCode(input)).toThrow(expect.objectContaining({ code: 'TRACKING_CODE_INVALID', path: 'trackingCode' }));
  });
});
