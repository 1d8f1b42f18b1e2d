import { isFinalApplicationStatus, maskName, maskPhone, slaFlag } from '@mpp/domain';
import type { ApplicationEventRow, ApplicationRow } from '@mpp/persistence';

import type { RegionLayout } from '../queue/queue-layout.service';
import { applicationSurveyLink } from '../survey/survey-links';
import type {
  ApplicantRecordDto,
  ApplicantViewDto,
  ApplicationDto,
  ApplicationEventDto,
  ApplicationSummaryDto,
  ApplicationTrackingDto,
} from './application-responses.dto';

/** What the caller may see of the applicant: decided by the service, applied here. */
export interface ApplicantVisibility {
  /** The agency handling it: the name and phone whole. */
  agency: boolean;
  /** The NIK whole (already opened and audited by the service), or undefined for the masked form. */
  nik?: string;
}

export function trackingView(row: ApplicationRow, layout: RegionLayout, today: string): ApplicationTrackingDto {
  const agency = layout.state.agencies.get(row.agencyCode);
  const service = layout.state.services.get(`${row.agencyCode}/${row.serviceCode}`);
  return {
    trackingCode: row.trackingCode,
    regionCode: row.regionCode,
    status: row.status,
    service: {
      agencyCode: row.agencyCode,
      agencyName: agency?.value.name ?? row.agencyCode,
      serviceCode: row.serviceCode,
      serviceName: service?.value.name ?? row.serviceCode,
    },
    sla: {
      workingDays: row.completionWorkingDays,
      dueDate: row.dueDate,
      flag: isFinalApplicationStatus(row.status)
        ? 'finished'
        : slaFlag({ dueDate: row.dueDate ?? undefined, dueSoonFrom: row.dueSoonFrom ?? undefined }, today),
    },
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    survey: applicationSurveyLink(row.regionCode, row.trackingCode, row.status),
  };
}

export function applicantView(
  row: ApplicationRow,
  events: ApplicationEventRow[],
  layout: RegionLayout,
  today: string,
  forStaff = false,
): ApplicantViewDto {
  return {
    ...trackingView(row, layout, today),
    lastNote: row.lastNote,
    requirements: row.requirements,
    history: events.map((event) => eventView(event, forStaff)),
  };
}

export function staffView(
  row: ApplicationRow,
  events: ApplicationEventRow[],
  layout: RegionLayout,
  today: string,
  visibility: ApplicantVisibility,
): ApplicationDto {
  return {
    ...applicantView(row, events, layout, today, true),
    id: row.id,
    channel: row.channel,
    siteCode: row.siteCode,
    ticketId: row.ticketId,
    applicant: applicantRecord(row, visibility),
    notes: row.notes,
    licence: row.ossNib && row.ossLicenceId ? { nib: row.ossNib, licenceId: row.ossLicenceId, lastReport: row.ossReport } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function summaryView(row: ApplicationRow, layout: RegionLayout, today: string, agency: boolean): ApplicationSummaryDto {
  return {
    ...trackingView(row, layout, today),
    id: row.id,
    channel: row.channel,
    applicant: applicantRecord(row, { agency }),
    createdAt: row.createdAt.toISOString(),
  };
}

function applicantRecord(row: ApplicationRow, visibility: ApplicantVisibility): ApplicantRecordDto {
  return {
    name: visibility.agency ? row.applicantName : maskName(row.applicantName),
    nik: visibility.nik ?? row.nikMasked,
    phone: visibility.agency ? row.applicantPhone : maskPhone(row.applicantPhone),
    email: visibility.agency ? row.applicantEmail : null,
  };
}

function eventView(event: ApplicationEventRow, forStaff: boolean): ApplicationEventDto {
  return {
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    at: event.at.toISOString(),
    actorType: event.actorType,
    ...(forStaff && { actorId: event.actorId }),
    note: event.note,
  };
}
