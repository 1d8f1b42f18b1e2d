import { isCalendarDate } from '../calendar/opening-calendar';
import { InvalidValueError } from '../errors/domain-error';
import { parseReportPeriod, type ReportPeriod } from '../survey/report-period';

/**
 * A queue report reads the period's tickets themselves (exact percentiles, hours of arrival),
 * so its span is bounded: a quarter covers the monthly and quarterly reports a mall makes;
 * longer spans belong to the daily roll-ups of the national figures.
 */
export const QUEUE_REPORT_MAX_DAYS = 92;

const DAY_MS = 86_400_000;

/** The report's period: a day (`date`), a named period or `from`/`to`; today when none is given. */
export function queueReportPeriod(input: { date?: string; period?: string; from?: string; to?: string }, today: string): ReportPeriod {
  const { date, ...rest } = input;
  if (date !== undefined) {
    if (rest.period !== undefined || rest.from !== undefined || rest.to !== undefined) {
      throw new InvalidValueError('PERIOD_INVALID', 'give either date, period or from/to', 'date');
    }
    if (!isCalendarDate(date)) throw new InvalidValueError('PERIOD_INVALID', 'date must be a date YYYY-MM-DD', 'date');
    return { from: date, to: date, label: date };
  }
  const period =
    rest.period === undefined && rest.from === undefined && rest.to === undefined
      ? { from: today, to: today, label: today }
      : parseReportPeriod(rest);
  if (periodDays(period) > QUEUE_REPORT_MAX_DAYS) {
    throw new InvalidValueError(
      'PERIOD_INVALID',
      `a queue report spans at most ${QUEUE_REPORT_MAX_DAYS} days`,
      rest.period === undefined ? 'to' : 'period',
    );
  }
  return period;
}

export function periodDays(period: { from: string; to: string }): number {
  return Math.round((Date.parse(period.to) - Date.parse(period.from)) / DAY_MS) + 1;
}

/** Every local date of the period, in order: a day with no ticket still has its row (of zeros). */
export function datesOf(period: { from: string; to: string }): string[] {
  const dates: string[] = [];
  for (let at = Date.parse(period.from); at <= Date.parse(period.to); at += DAY_MS) dates.push(new Date(at).toISOString().slice(0, 10));
  return dates;
}

/** Seconds shown as minutes with one decimal; null stays null (no ticket was timed). */
export function reportMinutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 6) / 10;
}
