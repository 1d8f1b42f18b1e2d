import { ConflictError, openingStatus } from '@mpp/domain';
import type { ServiceAtSite } from './queue-layout.service';

/** Refuses a walk-in ticket when the mall or the service is closed, or past the ticket cut-off. */
export function assertAcceptingTickets(line: ServiceAtSite, now: Date): void {
  if (line.record.queue.mode === 'booking') {
    throw new ConflictError('WALK_IN_NOT_OFFERED', `${line.serviceCode} is served by booking only; book a slot`, 'serviceCode');
  }
  const status = openingStatus(line.calendars.siteCal, now, line.calendars.serviceCal);
  if (status.acceptingTickets) return;
  const next = status.nextOpening ? `; next opening ${status.nextOpening.toISOString()}` : '';
  if (status.open)
    throw new ConflictError('TICKETS_CLOSED', `tickets for today are no longer issued (cut-off passed)${next}`, 'serviceCode');
  throw new ConflictError('SERVICE_CLOSED', `closed now (${status.closedLabel ?? status.closedReason})${next}`, 'serviceCode');
}
