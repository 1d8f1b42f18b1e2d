import { isWorkingDay } from '../calendar/working-days';
import { InvalidValueError } from '../errors/domain-error';

/**
 * The service-level clock of an application (jangka waktu pelayanan, PermenPANRB 15/2014):
 * the service standard's completion time counted in working days of the region.
 *
 * - A working day is Monday to Friday, except national holidays and cuti bersama, the site's
 *   local holidays and whole-day closures: the caller lists those as `closedDates`. A Saturday
 *   the mall opens is still no working day: the standards are written in hari kerja.
 * - The clock runs in segments: from the (local) date the file reaches the agency, complete, to
 *   the date it is sent back to the applicant. The day it arrives does not count (the count
 *   starts the next working day, as agencies publish "n hari kerja sejak berkas lengkap"); the
 *   day it is sent back does, since the agency worked on it.
 * - While the file waits for the applicant the clock stops: no due date. When it comes back a
 *   new segment starts, and the agency has what was left.
 * - The due date is the working day on which the count reaches the completion time; past it
 *   the application is overdue, and on it or the working day before it is due soon.
 */
export interface WorkingDayCalendar {
  /** `YYYY-MM-DD` dates in the region's zone that are not worked, on top of weekends. */
  closedDates: ReadonlySet<string>;
}

/** A stretch with the agency: `from` the date it arrived, `to` the date it was sent back (unset: still there). */
export interface SlaSegment {
  from: string;
  to?: string;
}

export interface SlaPosition {
  /** Working days the agency has used, up to `today`. */
  usedWorkingDays: number;
  remainingWorkingDays: number;
  /** Unset while the clock is stopped (the file is with the applicant). */
  dueDate?: string;
  /** The first day the application counts as due soon: the working day before the due date. */
  dueSoonFrom?: string;
}

export type SlaFlag = 'on_track' | 'due_soon' | 'overdue' | 'paused';

/** Looking further than ten years ahead means the calendar is broken, not that the service is slow. */
const MAX_DAYS = 3_660;

/** Where the clock stands on `today` for a completion time of `completionWorkingDays`, given the stretches with the agency. */
export function slaPosition(
  calendar: WorkingDayCalendar,
  completionWorkingDays: number,
  segments: readonly SlaSegment[],
  today: string,
): SlaPosition {
  if (!Number.isInteger(completionWorkingDays) || completionWorkingDays < 1) {
    throw new InvalidValueError('SLA_INVALID', 'the completion time must be a whole number of working days from 1', 'completionTime');
  }
  let counted = 0;
  let usedToday = 0;
  let dueDate: string | undefined;
  for (const [index, segment] of segments.entries()) {
    if (segment.to === undefined && index !== segments.length - 1) {
      throw new InvalidValueError('SLA_INVALID', 'only the last stretch with the agency may be open', 'segments');
    }
    let day = segment.from;
    for (let step = 0; step < MAX_DAYS; step++) {
      day = addDays(day, 1);
      if (segment.to !== undefined && day > segment.to) break;
      if (segment.to === undefined && day > today && dueDate !== undefined) break;
      if (!isWorkingDay(day, calendar.closedDates)) continue;
      counted += 1;
      if (day <= today) usedToday += 1;
      if (counted === completionWorkingDays && dueDate === undefined) dueDate = day;
    }
  }
  const open = segments.length > 0 && segments[segments.length - 1].to === undefined;
  const position: SlaPosition = {
    usedWorkingDays: usedToday,
    remainingWorkingDays: Math.max(0, completionWorkingDays - usedToday),
  };
  // While the file is with the applicant the clock is stopped, so nothing is due. When it runs, the
  // due date may already be behind (the agency used its days before sending the file back).
  return open && dueDate !== undefined ? { ...position, ...dueOf(calendar, dueDate) } : position;
}

/** On track, due soon (on the due date or the working day before), overdue (past it), or paused. */
export function slaFlag(position: Pick<SlaPosition, 'dueDate' | 'dueSoonFrom'>, today: string): SlaFlag {
  if (!position.dueDate) return 'paused';
  if (today > position.dueDate) return 'overdue';
  if (position.dueSoonFrom !== undefined && today >= position.dueSoonFrom) return 'due_soon';
  return 'on_track';
}

/**
 * A standard's completion time in working days. Standards in hours or minutes (a same-day
 * service) that still become an application get the next working day: a working day holds
 * about eight service hours.
 */
export function completionWorkingDays(time: { value: number; unit: 'minutes' | 'hours' | 'working_days' }): number {
  if (time.unit === 'working_days') return time.value;
  if (time.unit === 'hours') return Math.max(1, Math.ceil(time.value / 8));
  return 1;
}

function dueOf(calendar: WorkingDayCalendar, dueDate: string): { dueDate: string; dueSoonFrom: string } {
  let day = dueDate;
  for (let step = 0; step < MAX_DAYS; step++) {
    day = addDays(day, -1);
    if (isWorkingDay(day, calendar.closedDates)) return { dueDate, dueSoonFrom: day };
  }
  return { dueDate, dueSoonFrom: dueDate };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The stretches with the agency, from an application's history of moves (oldest first): one
 * starts when the file reaches a status where the clock runs, and ends when it leaves them.
 */
export function slaSegments(
  moves: readonly { fromStatus: string | null; toStatus: string; serviceDate: string }[],
  runs: (status: string) => boolean,
): SlaSegment[] {
  const segments: SlaSegment[] = [];
  for (const move of moves) {
    const wasRunning = move.fromStatus !== null && runs(move.fromStatus);
    const isRunning = runs(move.toStatus);
    if (!wasRunning && isRunning) segments.push({ from: move.serviceDate });
    if (wasRunning && !isRunning && segments.length > 0) segments[segments.length - 1].to = move.serviceDate;
  }
  return segments;
}
