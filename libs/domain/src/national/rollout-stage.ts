/**
 * Where a kabupaten/kota stands in the MPP rollout, as the ministry evaluates it: no plan yet,
 * planned (a deployment exists), rintisan (the pilot, open to the public), operational, and
 * inaugurated (opened officially by the minister). A region's deployment file says its stage;
 * each change is kept with its date, so the nation's progress can be read month by month.
 */
export const ROLLOUT_STAGES = ['no_plan', 'planned', 'rintisan', 'operational', 'inaugurated'] as const;
export type RolloutStage = (typeof ROLLOUT_STAGES)[number];

export function isRolloutStage(value: string): value is RolloutStage {
  return (ROLLOUT_STAGES as readonly string[]).includes(value);
}

/** One recorded change of a region's stage. */
export interface StageChange {
  regionCode: string;
  stage: RolloutStage;
  /** The day it took effect (YYYY-MM-DD). */
  since: string;
}

/** The stage a region had at the end of `day`: its last change on or before it, else no plan. */
export function stageOn(changes: readonly StageChange[], day: string): RolloutStage {
  let stage: RolloutStage = 'no_plan';
  let latest = '';
  for (const change of changes) {
    if (change.since <= day && change.since >= latest) {
      latest = change.since;
      stage = change.stage;
    }
  }
  return stage;
}

export interface MonthProgress {
  /** YYYY-MM */
  month: string;
  counts: Record<RolloutStage, number>;
}

/**
 * How many regions stood at each stage at the end of each month from `fromMonth` to
 * `toMonth` (YYYY-MM), out of `regionCodes` (every kabupaten/kota, so the counts add up to 514).
 */
export function progressByMonth(
  regionCodes: readonly string[],
  changes: readonly StageChange[],
  fromMonth: string,
  toMonth: string,
): MonthProgress[] {
  const byRegion = new Map<string, StageChange[]>();
  for (const change of changes) byRegion.set(change.regionCode, [...(byRegion.get(change.regionCode) ?? []), change]);
  return monthsBetween(fromMonth, toMonth).map((month) => {
    const counts = Object.fromEntries(ROLLOUT_STAGES.map((stage) => [stage, 0])) as Record<RolloutStage, number>;
    const last = lastDayOf(month);
    for (const code of regionCodes) counts[stageOn(byRegion.get(code) ?? [], last)] += 1;
    return { month, counts };
  });
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The last day (YYYY-MM-DD) of a month (YYYY-MM). */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
