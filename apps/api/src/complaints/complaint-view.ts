import { complaintOverdue, maskNik, type Principal, publicComplaintStatus } from '@mpp/domain';
import type { ComplaintEventRow, ComplaintRow } from '@mpp/persistence';

import type { ComplaintDto, ComplaintMessageDto, ComplaintTrackingDto, PublicComplaintDto } from './complaint-responses.dto';

export function trackingView(row: ComplaintRow, today: string): ComplaintTrackingDto {
  return {
    trackingCode: row.trackingCode,
    regionCode: row.regionCode,
    status: row.status,
    publicStatus: publicComplaintStatus(row.status),
    deadlines: {
      firstResponseDue: row.firstResponseDue,
      resolutionDue: row.resolutionDue,
      overdue: complaintOverdue(row.status, row, today),
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Who speaks to the reporter in each move that carries words for them: the agency answers, the
 * reporter replies, the desk archives; a close is the reporter's or the desk's by who made it.
 * The desk's other notes (verify, assign) stay internal.
 */
function speaker(event: ComplaintEventRow): ComplaintMessageDto['from'] | undefined {
  switch (event.action) {
    case 'answer':
      return 'agency';
    case 'reply':
      return 'reporter';
    case 'close':
      return event.actorType === 'citizen' ? 'reporter' : 'desk';
    case 'archive':
      return 'desk';
    default:
      return undefined;
  }
}

/** The exchange the reporter reads beside the status: answers, replies, and the desk's reason to close or archive, oldest first. */
export function reporterMessages(events: ComplaintEventRow[]): ComplaintMessageDto[] {
  return events.flatMap((event) => {
    const from = speaker(event);
    return from && event.note ? [{ from, note: event.note, at: event.at.toISOString() }] : [];
  });
}

export function publicView(row: ComplaintRow): PublicComplaintDto {
  return {
    title: row.title,
    category: row.category,
    agencyCode: row.agencyCode,
    publicStatus: publicComplaintStatus(row.status),
    receivedOn: row.receivedOn,
  };
}

/**
 * The staff view. An anonymous complaint's reporter is left out for everyone but the region's
 * complaint desk (region and national admins), who may need to reach the reporter; the agency
 * complained about never learns who it was (PermenPANRB 62/2018, the anonymous option).
 */
export function staffView(
  row: ComplaintRow,
  principal: Principal,
  today: string,
  history: ComplaintEventRow[],
  openNik: (sealed: string, rowId: string) => string,
): ComplaintDto {
  const desk = principal.kind === 'staff' && (principal.role === 'region_admin' || principal.role === 'national_admin');
  const showReporter = !row.anonymous || desk;
  return {
    ...trackingView(row, today),
    id: row.id,
    channel: row.channel,
    title: row.title,
    account: row.account,
    incidentDate: row.incidentDate,
    incidentPlace: row.incidentPlace,
    agencyCode: row.agencyCode,
    serviceCode: row.serviceCode,
    category: row.category,
    anonymous: row.anonymous,
    secret: row.secret,
    reporter: showReporter
      ? { name: row.reporterName, phone: row.reporterPhone, nik: row.nikEncrypted ? maskNik(openNik(row.nikEncrypted, row.id)) : null }
      : null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    lapor: row.forwarding
      ? {
          forwarding: row.forwarding,
          trackingId: row.laporTrackingId,
          status: row.laporStatus,
          attempts: row.laporSync?.attempts ?? 0,
          lastError: row.laporSync?.lastError ?? null,
          statusCheckedAt: isoOrNull(row.laporSync?.checkedAt),
          statusFailures: row.laporSync?.statusFailures ?? 0,
          nextAttemptAt: row.forwarding === 'failed' ? null : isoOrNull(row.laporSync?.nextAt),
        }
      : null,
    history: history.map((event) => ({
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      at: event.at.toISOString(),
      actorType: event.actorType,
      note: event.note,
    })),
  };
}

/** jsonb keeps timestamps in PostgreSQL's text form: answered in the API's one form, ISO 8601 UTC. */
function isoOrNull(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}
