import { slaPosition, type WorkingDayCalendar } from '../applications/working-day-sla';
import { awaitsFirstResponse, type ComplaintStatus, isOpenComplaint } from './complaint-lifecycle';

export interface ComplaintDeadlines {
  /** The working day by which the agency must first follow up. */
  firstResponseDue: string;
  /** The working day by which the complaint must be answered. */
  resolutionDue: string;
}

/**
 * Both deadlines of a complaint received on `receivedOn`, counted in the region's working days
 * with the same clock as applications (the day it arrives does not count; weekends, national
 * holidays, cuti bersama and local closures are skipped). The numbers come from the deployment
 * (commonly 5 and 14 working days; shared/domain/complaints.md).
 */
export function complaintDeadlines(
  calendar: WorkingDayCalendar,
  receivedOn: string,
  days: { firstResponseWorkingDays: number; resolutionWorkingDays: number },
): ComplaintDeadlines {
  const due = (workingDays: number) => slaPosition(calendar, workingDays, [{ from: receivedOn }], receivedOn).dueDate as string;
  return { firstResponseDue: due(days.firstResponseWorkingDays), resolutionDue: due(days.resolutionWorkingDays) };
}

export type ComplaintOverdue = 'first_response' | 'resolution' | null;

/** Which deadline a complaint in `status` has missed on `today` (the first response first), if any. */
export function complaintOverdue(status: ComplaintStatus, deadlines: ComplaintDeadlines, today: string): ComplaintOverdue {
  if (awaitsFirstResponse(status) && today > deadlines.firstResponseDue) return 'first_response';
  if (isOpenComplaint(status) && status !== 'answered' && today > deadlines.resolutionDue) return 'resolution';
  return null;
}
