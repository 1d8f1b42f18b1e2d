import { approximateRegionLocation } from './region-location';
import { lastDayOf, monthsBetween, progressByMonth, stageOn } from './rollout-stage';
import { addRollup, emptyRollup, percentileOfBuckets, rollupBucket, rollupFigures } from './rollup-figures';

describe('rollout stages', () => {
  const changes = [
    { regionCode: '32.71', stage: 'planned' as const, since: '2026-01-10' },
    { regionCode: '32.71', stage: 'rintisan' as const, since: '2026-03-01' },
    { regionCode: '32.71', stage: 'inaugurated' as const, since: '2026-06-30' },
    { regionCode: '36.74', stage: 'planned' as const, since: '2026-05-15' },
  ];

  it('reads a region as no plan before its first change and at its latest change after', () => {
    expect(stageOn(changes.slice(0, 3), '2026-01-09')).toBe('no_plan');
    expect(stageOn(changes.slice(0, 3), '2026-03-01')).toBe('rintisan');
    expect(stageOn(changes.slice(0, 3), '2026-12-31')).toBe('inaugurated');
  });

  it('counts every region at the end of each month, the counts adding up to all regions', () => {
    const progress = progressByMonth(['32.71', '36.74', '35.22'], changes, '2026-01', '2026-06');
    expect(progress.map((month) => month.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(progress[0].counts).toEqual({ no_plan: 2, planned: 1, rintisan: 0, operational: 0, inaugurated: 0 });
    expect(progress[4].counts).toEqual({ no_plan: 1, planned: 1, rintisan: 1, operational: 0, inaugurated: 0 });
    expect(progress[5].counts.inaugurated).toBe(1);
    for (const month of progress) expect(Object.values(month.counts).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('walks months across a year and knows the last day of February', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});

describe('roll-up figures', () => {
  it.each([
    [0, 0],
    [299, 0],
    [300, 1],
    [14_399, 47],
    [14_400, 48],
    [100_000, 48],
    [-5, 0],
  ])('puts a wait of %i s in bucket %i', (seconds, bucket) => {
    expect(rollupBucket(seconds)).toBe(bucket);
  });

  it('merges rows and reads mean, p90 and the no-show rate from the sums', () => {
    const day = (waits: number[], noShows: number) => {
      const row = emptyRollup();
      for (const wait of waits) row.waitHistogram[rollupBucket(wait)] += 1;
      return {
        ...row,
        tickets: waits.length + noShows,
        served: waits.length,
        noShows,
        waitSecondsSum: waits.reduce((a, b) => a + b, 0),
        waitCount: waits.length,
      };
    };
    const total = addRollup(addRollup(emptyRollup(), day([60, 120, 600], 1)), day(new Array(7).fill(1200), 0));
    const figures = rollupFigures(total);
    expect(figures).toMatchObject({ tickets: 11, served: 10, noShows: 1, noShowRate: 0.091 });
    expect(figures.meanWaitMinutes).toBe(Math.round(((60 + 120 + 600 + 7 * 1200) / 10 / 60) * 10) / 10);
    expect(figures.p90WaitMinutes).toBe(25);
    expect(percentileOfBuckets(emptyRollup().waitHistogram, 0.9)).toBeNull();
  });
});

describe('approximate region locations', () => {
  it('places a region near its province and always at the same point', () => {
    const bogor = approximateRegionLocation('32.71');
    expect(approximateRegionLocation('32.71')).toEqual(bogor);
    expect(Math.abs(bogor.lat - -6.9)).toBeLessThanOrEqual(0.6);
    expect(Math.abs(bogor.lon - 107.6)).toBeLessThanOrEqual(0.6);
    expect(approximateRegionLocation('32.72')).not.toEqual(bogor);
  });
});
