import { randomUUID } from 'node:crypto';

import { type ApplicationStatus, type ApplicationStatusData, webhookEnvelope } from '@mpp/domain';
import { OSS_LICENCE_STATUS_EVENT, type OutboxEvent } from '@mpp/persistence';

/** The outbox row reporting a change of status: ids, codes and status only, never the applicant. */
export function statusEvent(at: Date, data: ApplicationStatusData): OutboxEvent {
  return {
    id: randomUUID(),
    regionCode: data.regionCode,
    agencyCode: data.agencyCode,
    type: 'application.status_changed',
    payload: webhookEnvelope('application.status_changed', at, data),
  };
}

/** What the OSS reporter needs to tell OSS of a licence's new status (`receiveLicenseStatus`). */
export interface LicenceStatusData {
  applicationId: string;
  regionCode: string;
  agencyCode: string;
  nib: string;
  licenceId: string;
  status: ApplicationStatus;
  changedAt: string;
  /** The note of the move: what to fix, the reason of a refusal, the pickup note. */
  note: string | null;
}

/**
 * The outbox row that has a licence's status reported to OSS, in the transaction of the move
 * (decision 0034): none for an application without an OSS licence, nor for a draft.
 */
export function licenceEvents(
  at: Date,
  application: { id: string; regionCode: string; agencyCode: string; ossNib: string | null; ossLicenceId: string | null },
  status: ApplicationStatus,
  note: string | null,
): OutboxEvent[] {
  if (!application.ossNib || !application.ossLicenceId || status === 'draft') return [];
  const data: LicenceStatusData = {
    applicationId: application.id,
    regionCode: application.regionCode,
    agencyCode: application.agencyCode,
    nib: application.ossNib,
    licenceId: application.ossLicenceId,
    status,
    changedAt: at.toISOString(),
    note,
  };
  return [
    {
      id: randomUUID(),
      regionCode: application.regionCode,
      agencyCode: application.agencyCode,
      type: OSS_LICENCE_STATUS_EVENT,
      payload: data,
    },
  ];
}
