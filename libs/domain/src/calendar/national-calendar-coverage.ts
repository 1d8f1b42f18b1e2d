/**
 * Whether the national calendar (holidays and cuti bersama, loaded a year at a time) covers the
 * days ahead. A year not loaded would silently turn its holidays into working days, so the
 * apps warn ahead of time instead of failing: readiness stays green, the warning names the gap.
 */
export const CALENDAR_HORIZON_DAYS = 90;

export interface CalendarGap {
  /** The first day ahead that no loaded year covers (`YYYY-MM-DD`). */
  uncoveredFrom: string;
  /** The years within the horizon that are not loaded. */
  missingYears: number[];
}

/** The gap within `horizonDays` after `today` (`YYYY-MM-DD`), or undefined when every day is covered. */
export function nationalCalendarGap(
  loadedYears: Iterable<number>,
  today: string,
  horizonDays = CALENDAR_HORIZON_DAYS,
): CalendarGap | undefined {
  const loaded = new Set(loadedYears);
  const first = Number(today.slice(0, 4));
  const last = Number(new Date(Date.parse(`${today}T00:00:00Z`) + horizonDays * 86_400_000).toISOString().slice(0, 4));
  const missingYears: number[] = [];
  for (let year = first; year <= last; year++) if (!loaded.has(year)) missingYears.push(year);
  if (missingYears.length === 0) return undefined;
  return { uncoveredFrom: missingYears[0] === first ? today : `${missingYears[0]}-01-01`, missingYears };
}
