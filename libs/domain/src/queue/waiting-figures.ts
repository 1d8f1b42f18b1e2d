/**
 * Waiting and service times are kept as counts per whole minute (the last bucket holds
 * everything longer), so a day's mean and p90 are read from one row however many tickets
 * it has, and updated by adding one to one bucket as each ticket moves.
 */
export const MINUTE_BUCKETS = 241;

export function minuteBucket(seconds: number): number {
  return Math.min(MINUTE_BUCKETS - 1, Math.max(0, Math.floor(seconds / 60)));
}

/** The `fraction` percentile in minutes (upper edge of the bucket it falls in), or null with no data. */
export function percentileMinutes(histogram: readonly number[], fraction: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(fraction * total);
  let seen = 0;
  for (let bucket = 0; bucket < histogram.length; bucket++) {
    seen += histogram[bucket];
    if (seen >= rank) return bucket + 1;
  }
  return histogram.length;
}

/**
 * Expected minutes until a ticket is called: the people ahead, served by the open counters in
 * parallel, each taking the recent mean service time. Rounded up: a board promising less than
 * the truth makes people leave and miss their call.
 */
export function estimatedWaitMinutes(input: { ahead: number; meanServiceSeconds: number; openCounters: number }): number {
  const counters = Math.max(1, input.openCounters);
  return Math.ceil((input.ahead * input.meanServiceSeconds) / counters / 60);
}

/** Recent mean service time: an exponentially weighted mean, so this morning counts more than last week. */
export const MEAN_SERVICE_WEIGHT = 0.2;

export function updatedMeanServiceSeconds(previous: number | null, observed: number, weight = MEAN_SERVICE_WEIGHT): number {
  return previous === null ? observed : previous * (1 - weight) + observed * weight;
}
