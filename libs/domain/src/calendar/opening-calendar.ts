import { InvalidValueError } from '../errors/domain-error';
import { localDateAt } from '../regions/time-zone';

/**
 * When a site (an MPP or a satellite service point) and one of its services are open. The one
 * place that decides opening times: the queue, bookings and the catalogue all ask it.
 *
 * Times are wall-clock times in the site's own zone. Indonesia keeps no daylight saving, so
 * WIB, WITA and WIT are fixed offsets (UTC+7, +8, +9) and no time-zone database is needed.
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `HH:MM` wall-clock times; `to` is after `from` on the same day. */
export interface TimeRange {
  from: string;
  to: string;
}

export interface DatedClosure {
  /** `YYYY-MM-DD` in the site's zone. */
  date: string;
  /** Shown to citizens: "Idul Fitri", "Cuti bersama", "HUT Kota Bogor". */
  reason: string;
}

/**
 * A temporary change, audited where it is made: a whole day closed, part of a day closed (a
 * counter closed for the afternoon), or a day opened with its own hours (an extra Saturday).
 */
export type CalendarOverride =
  | { date: string; kind: 'closed'; reason: string; from?: string; to?: string }
  | { date: string; kind: 'open'; reason: string; hours: TimeRange[] };

export interface OpeningCalendar {
  utcOffsetHours: 7 | 8 | 9;
  /** Opening periods per weekday; a missing day is closed. */
  weekly: Partial<Record<Weekday, TimeRange[]>>;
  /** Recurring breaks, such as the Friday prayer. */
  breaks?: { days: Weekday[]; from: string; to: string; reason: string }[];
  /** Last time a walk-in ticket is issued, per weekday; counters serve on until closing. */
  ticketCutoff?: Partial<Record<Weekday, string>>;
  /** National holidays, cuti bersama and local holidays. */
  closedDates?: DatedClosure[];
  overrides?: CalendarOverride[];
}

export type ClosedReason = 'closed-day' | 'holiday' | 'before-opening' | 'after-closing' | 'break' | 'override';

export interface OpeningStatus {
  open: boolean;
  /** Open and before the ticket cut-off. */
  acceptingTickets: boolean;
  /** While open: when the current opening period ends. */
  openUntil?: Date;
  /** While accepting tickets: when that stops (the cut-off or the end of the period). */
  ticketsUntil?: Date;
  /** While closed: why, and the citizen-facing reason where there is one. */
  closedReason?: ClosedReason;
  closedLabel?: string;
  /** While closed: the next moment it opens, looking up to 31 days ahead. */
  nextOpening?: Date;
}

interface Interval {
  from: number;
  to: number;
}

const MINUTES_PER_DAY = 24 * 60;

/**
 * Whether the site, and `service` within it when given, is open at `at`, and until when.
 * A service is open only when both its own calendar and its site's are.
 */
export function openingStatus(site: OpeningCalendar, at: Date, service?: OpeningCalendar): OpeningStatus {
  const offset = site.utcOffsetHours;
  const local = toLocal(at, offset);
  const today = dayPlan(site, local.date, service);
  const current = today.intervals.find((interval) => interval.from <= local.minute && local.minute < interval.to);
  if (current) {
    const cutoff = Math.min(...[site, service].map((calendar) => minuteOf(calendar?.ticketCutoff?.[weekdayOf(local.date)]) ?? Infinity));
    const ticketsEnd = Math.min(current.to, cutoff);
    const accepting = local.minute < ticketsEnd;
    return {
      open: true,
      acceptingTickets: accepting,
      openUntil: toInstant(local.date, current.to, offset),
      ...(accepting && { ticketsUntil: toInstant(local.date, ticketsEnd, offset) }),
    };
  }
  const reason = today.closedReason ?? closedReasonBetween(today, local.minute);
  return {
    open: false,
    acceptingTickets: false,
    closedReason: reason.reason,
    ...(reason.label && { closedLabel: reason.label }),
    nextOpening: nextOpening(site, local, service),
  };
}

/** The periods the site (and `service` within it) is open on `date` (`YYYY-MM-DD` in its zone). */
export function openingPeriods(site: OpeningCalendar, date: string, service?: OpeningCalendar): { from: Date; to: Date }[] {
  return dayPlan(site, date, service).intervals.map((interval) => ({
    from: toInstant(date, interval.from, site.utcOffsetHours),
    to: toInstant(date, interval.to, site.utcOffsetHours),
  }));
}

function closedReasonBetween(plan: DayPlan, minute: number): { reason: ClosedReason; label?: string } {
  const brk = plan.removed.find((interval) => interval.from <= minute && minute < interval.to);
  if (brk) return { reason: brk.reason, label: brk.label };
  if (plan.intervals.length === 0) return { reason: 'closed-day' };
  return minute < plan.intervals[0].from ? { reason: 'before-opening' } : { reason: 'after-closing' };
}

function nextOpening(site: OpeningCalendar, local: LocalTime, service?: OpeningCalendar): Date | undefined {
  for (let day = 0; day <= 31; day++) {
    const date = addDays(local.date, day);
    const next = dayPlan(site, date, service).intervals.find((interval) => day > 0 || interval.from > local.minute);
    if (next) return toInstant(date, next.from, site.utcOffsetHours);
  }
  return undefined;
}

interface DayPlan {
  intervals: Interval[];
  /** Periods cut out of the opening hours, to say why it is closed then. */
  removed: (Interval & { reason: 'break' | 'override'; label: string })[];
  /** Set when the whole day is closed for a reason. */
  closedReason?: { reason: ClosedReason; label?: string };
}

function dayPlan(site: OpeningCalendar, date: string, service?: OpeningCalendar): DayPlan {
  const own = calendarDay(site, date);
  if (!service) return own;
  const other = calendarDay(service, date);
  return {
    intervals: intersect(own.intervals, other.intervals),
    removed: [...own.removed, ...other.removed],
    closedReason: own.closedReason ?? other.closedReason,
  };
}

function calendarDay(calendar: OpeningCalendar, date: string): DayPlan {
  const holiday = calendar.closedDates?.find((closure) => closure.date === date);
  if (holiday) return { intervals: [], removed: [], closedReason: { reason: 'holiday', label: holiday.reason } };
  const overrides = (calendar.overrides ?? []).filter((override) => override.date === date);
  const wholeDay = overrides.find((override) => override.kind === 'closed' && override.from === undefined);
  if (wholeDay) return { intervals: [], removed: [], closedReason: { reason: 'override', label: wholeDay.reason } };

  const extra = overrides.find((override): override is Extract<CalendarOverride, { kind: 'open' }> => override.kind === 'open');
  const weekday = weekdayOf(date);
  const hours = extra ? extra.hours : (calendar.weekly[weekday] ?? []);
  const removed: DayPlan['removed'] = [
    ...(calendar.breaks ?? [])
      .filter((brk) => brk.days.includes(weekday))
      .map((brk) => ({ ...rangeOf(brk), reason: 'break' as const, label: brk.reason })),
    ...overrides
      .filter((override): override is Extract<CalendarOverride, { kind: 'closed' }> => override.kind === 'closed')
      .map((override) => ({
        from: minuteOf(override.from) ?? 0,
        to: minuteOf(override.to) ?? MINUTES_PER_DAY,
        reason: 'override' as const,
        label: override.reason,
      })),
  ];
  const intervals = removed.reduce(
    (open, cut) => subtract(open, cut),
    hours.map(rangeOf).sort((a, b) => a.from - b.from),
  );
  return { intervals, removed };
}

function subtract(intervals: Interval[], cut: Interval): Interval[] {
  return intervals.flatMap((interval) => {
    if (cut.to <= interval.from || cut.from >= interval.to) return [interval];
    return [
      ...(cut.from > interval.from ? [{ from: interval.from, to: cut.from }] : []),
      ...(cut.to < interval.to ? [{ from: cut.to, to: interval.to }] : []),
    ];
  });
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  return a.flatMap((x) =>
    b.map((y) => ({ from: Math.max(x.from, y.from), to: Math.min(x.to, y.to) })).filter((interval) => interval.from < interval.to),
  );
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value) || value === '24:00';
}

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function minuteOf(time: string | undefined): number | undefined {
  if (time === undefined) return undefined;
  if (time === '24:00') return MINUTES_PER_DAY;
  const match = TIME.exec(time);
  if (!match) throw new InvalidValueError('TIME_INVALID', `"${time}" is not a time of day HH:MM`, 'time');
  return Number(match[1]) * 60 + Number(match[2]);
}

function rangeOf(range: { from: string; to: string }): Interval {
  return { from: minuteOf(range.from) as number, to: minuteOf(range.to) as number };
}

interface LocalTime {
  date: string;
  minute: number;
}

function toLocal(at: Date, offsetHours: number): LocalTime {
  const shifted = new Date(at.getTime() + offsetHours * 3_600_000);
  return { date: localDateAt(at, offsetHours), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

function toInstant(date: string, minute: number, offsetHours: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minute - offsetHours * 60) * 60_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** A day whose opening differs from the usual week: what a citizen needs to know before making the trip. */
export interface SpecialDay {
  /** `YYYY-MM-DD` in the site's zone. */
  date: string;
  /** False: closed on a day it usually opens (holiday, cuti bersama, a closing); true: open on a day it usually does not. */
  open: boolean;
  reason: string;
  /** The day's hours when `open`. */
  hours?: TimeRange[];
}

/**
 * The special days among the `days` days from `fromDate`. Only whole days count: a holiday on a
 * day the site is shut anyway changes nothing for anyone, and a counter closed for an afternoon
 * shows in that day's opening status instead.
 */
export function specialDays(calendar: OpeningCalendar, fromDate: string, days: number): SpecialDay[] {
  const found: SpecialDay[] = [];
  for (let shift = 0; shift < days; shift++) {
    const date = addDays(fromDate, shift);
    const usuallyOpen = (calendar.weekly[weekdayOf(date)] ?? []).length > 0;
    const plan = calendarDay(calendar, date);
    if (usuallyOpen && plan.intervals.length === 0 && plan.closedReason) {
      found.push({ date, open: false, reason: plan.closedReason.label ?? '' });
      continue;
    }
    const extra = (calendar.overrides ?? []).find((override) => override.date === date && override.kind === 'open');
    if (!usuallyOpen && extra?.kind === 'open' && plan.intervals.length > 0)
      found.push({ date, open: true, reason: extra.reason, hours: extra.hours });
  }
  return found;
}
