/** One day of the console's calendar: the weekly hours, with holidays and overrides on top. */
export interface CalendarDay {
  date: string;
  /** Open hours that day ('' when closed). */
  hours: string;
  open: boolean;
  /** Why the day differs from the week (a holiday, an override): its reason. */
  special?: string;
  today: boolean;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Ranges = { from: string; to: string }[];

/**
 * `weeks` weeks from the Monday of `today`'s week (dates as YYYY-MM-DD, the site's own days):
 * each day with the site's weekly hours, replaced by what the API says about special days
 * (national holidays, cuti bersama, the region's own and its overrides).
 */
export function calendarDays(
  today: string,
  weeks: number,
  weekly: Partial<Record<(typeof WEEKDAYS)[number], Ranges>>,
  specialDays: readonly { date: string; open: boolean; hours?: Ranges; reason: string }[],
): CalendarDay[] {
  const special = new Map(specialDays.map((day) => [day.date, day]));
  const start = new Date(`${today}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const days: CalendarDay[] = [];
  for (let index = 0; index < weeks * 7; index += 1) {
    const moment = new Date(start.getTime() + index * 86_400_000);
    const date = moment.toISOString().slice(0, 10);
    const override = special.get(date);
    const ranges = override ? (override.open ? (override.hours ?? []) : []) : (weekly[WEEKDAYS[moment.getUTCDay()]] ?? []);
    days.push({
      date,
      hours: ranges.map((range) => `${range.from}–${range.to}`).join(', '),
      open: ranges.length > 0,
      ...(override && { special: override.reason }),
      today: date === today,
    });
  }
  return days;
}
