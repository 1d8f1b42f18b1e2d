import { InvalidValueError } from '../errors/domain-error';
import { type DatedClosure, isCalendarDate, weekdayOf } from './opening-calendar';

/**
 * Working days (hari kerja) for completion times stated in working days (PermenPANRB 15/2014,
 * "jangka waktu pelayanan"): Monday to Friday, the five-day week of government offices
 * (Perpres 21/2023 on ASN working days), less national holidays, cuti bersama and the site's
 * local holidays. A mall opening on Saturday does not make Saturday a working day of the back
 * office that completes the work.
 */
export function isWorkingDay(date: string, closedDates: readonly DatedClosure[] | ReadonlySet<string>): boolean {
  const weekday = weekdayOf(checked(date));
  if (weekday === 'sat' || weekday === 'sun') return false;
  // A set of dates where a long count asks day after day (an application's SLA), a list elsewhere.
  return isDateSet(closedDates) ? !closedDates.has(date) : !closedDates.some((closure) => closure.date === date);
}

function isDateSet(closedDates: readonly DatedClosure[] | ReadonlySet<string>): closedDates is ReadonlySet<string> {
  return closedDates instanceof Set;
}

/** Working days in `[from, to]`, both `YYYY-MM-DD` and inclusive; 0 when `to` is before `from`. */
export function countWorkingDays(from: string, to: string, closedDates: readonly DatedClosure[]): number {
  let count = 0;
  for (let date = checked(from); date <= checked(to); date = nextDate(date)) if (isWorkingDay(date, closedDates)) count += 1;
  return count;
}

/**
 * The date a piece of work started on `start` is due when it takes `days` working days: the
 * `days`-th working day after `start` (the day of submission does not count, as offices count).
 */
export function addWorkingDays(start: string, days: number, closedDates: readonly DatedClosure[]): string {
  if (!Number.isInteger(days) || days < 0)
    throw new InvalidValueError('WORKING_DAYS_INVALID', 'days must be a whole number, 0 or more', 'days');
  let date = checked(start);
  for (let left = days; left > 0; ) {
    date = nextDate(date);
    if (isWorkingDay(date, closedDates)) left -= 1;
  }
  return date;
}

function checked(date: string): string {
  if (!isCalendarDate(date)) throw new InvalidValueError('DATE_INVALID', `"${date}" is not a date YYYY-MM-DD`, 'date');
  return date;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
