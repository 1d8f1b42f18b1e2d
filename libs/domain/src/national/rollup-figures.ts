/**
 * The national roll-ups keep waits as counts per five minutes (49 buckets, the last holding
 * four hours and more): coarse enough that a year of a region's figures merges in a few
 * thousand additions, fine enough that a p90 of "25 minutes" means 20 to 25. The same bucket
 * rule is written once more in SQL, in the migration that keeps the roll-ups (a test holds
 * the two together).
 */
export const ROLLUP_BUCKET_SECONDS = 300;
export const ROLLUP_BUCKETS = 49;

export function rollupBucket(seconds: number): number {
  return Math.min(ROLLUP_BUCKETS - 1, Math.max(0, Math.floor(seconds / ROLLUP_BUCKET_SECONDS)));
}

/** What a roll-up row holds, for any scope and period. */
export interface RollupTotals {
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  waitSecondsSum: number;
  waitCount: number;
  waitHistogram: number[];
  serviceSecondsSum: number;
  serviceCount: number;
}

export function emptyRollup(): RollupTotals {
  return {
    tickets: 0,
    served: 0,
    noShows: 0,
    cancelled: 0,
    waitSecondsSum: 0,
    waitCount: 0,
    waitHistogram: new Array<number>(ROLLUP_BUCKETS).fill(0),
    serviceSecondsSum: 0,
    serviceCount: 0,
  };
}

/** Adds `row` into `into` (mutating it: merging a year of rows allocates nothing per row). */
export function addRollup(into: RollupTotals, row: RollupTotals): RollupTotals {
  into.tickets += row.tickets;
  into.served += row.served;
  into.noShows += row.noShows;
  into.cancelled += row.cancelled;
  into.waitSecondsSum += row.waitSecondsSum;
  into.waitCount += row.waitCount;
  into.serviceSecondsSum += row.serviceSecondsSum;
  into.serviceCount += row.serviceCount;
  for (let bucket = 0; bucket < ROLLUP_BUCKETS; bucket++) into.waitHistogram[bucket] += row.waitHistogram[bucket] ?? 0;
  return into;
}

export interface RollupFigures {
  tickets: number;
  served: number;
  noShows: number;
  /** Share of finished tickets whose holder was called and did not come, 0..1 (3 decimals). */
  noShowRate: number | null;
  meanWaitMinutes: number | null;
  /** Upper edge of the five-minute bucket the 90th percentile falls in. */
  p90WaitMinutes: number | null;
  meanServiceMinutes: number | null;
}

export function rollupFigures(totals: RollupTotals): RollupFigures {
  const round1 = (value: number) => Math.round(value * 10) / 10;
  return {
    tickets: totals.tickets,
    served: totals.served,
    noShows: totals.noShows,
    noShowRate: totals.tickets > 0 ? Math.round((totals.noShows / totals.tickets) * 1000) / 1000 : null,
    meanWaitMinutes: totals.waitCount > 0 ? round1(totals.waitSecondsSum / totals.waitCount / 60) : null,
    p90WaitMinutes: percentileOfBuckets(totals.waitHistogram, 0.9),
    meanServiceMinutes: totals.serviceCount > 0 ? round1(totals.serviceSecondsSum / totals.serviceCount / 60) : null,
  };
}

/** The `fraction` percentile in minutes (upper edge of its bucket), or null with no data. */
export function percentileOfBuckets(histogram: readonly number[], fraction: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(fraction * total);
  let seen = 0;
  for (let bucket = 0; bucket < histogram.length; bucket++) {
    seen += histogram[bucket];
    if (seen >= rank) return ((bucket + 1) * ROLLUP_BUCKET_SECONDS) / 60;
  }
  return (histogram.length * ROLLUP_BUCKET_SECONDS) / 60;
}
