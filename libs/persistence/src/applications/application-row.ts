import type { ApplicationAction, ApplicationStatus } from '@mpp/domain';

export type ApplicationChannel = 'online' | 'counter' | 'integrator';

/** One requirement (persyaratan) of the service standard, and whether the agency found it in order. */
export interface RequirementCheck {
  name: string;
  mandatory: boolean;
  checked: boolean;
}

/** The NIK as stored: ciphertext with the id of its key, a keyed hash for exact search, and the masked form to show. */
export interface SealedNik {
  encrypted: string;
  keyId: string;
  blindIndex: string;
  masked: string;
}

/** The OSS licence an application is for: the business's NIB and OSS's licence id (`id_izin`). */
export interface OssLicenceRef {
  nib: string;
  licenceId: string;
}

/** OSS's answer to the last status report that reached it (or was refused). */
export interface OssReportRecord {
  /** `kd_status` reported. */
  statusCode: string;
  /** The application status it reported, and when that status was reached. */
  status: ApplicationStatus;
  changedAt: string;
  outcome: 'accepted' | 'refused';
  message: string | null;
  answeredAt: string;
}

export interface ApplicationRow {
  regionCode: string;
  id: string;
  trackingCode: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  channel: ApplicationChannel;
  ticketId: string | null;
  apiKeyId: string | null;
  status: ApplicationStatus;
  applicantName: string;
  applicantPhone: string;
  applicantEmail: string | null;
  nikEncrypted: string;
  nikKeyId: string;
  nikMasked: string;
  requirements: RequirementCheck[];
  notes: string | null;
  lastNote: string | null;
  completionWorkingDays: number;
  ossNib: string | null;
  ossLicenceId: string | null;
  ossReport: OssReportRecord | null;
  /** `YYYY-MM-DD` in the region's zone; null while the SLA clock is stopped. */
  dueDate: string | null;
  dueSoonFrom: string | null;
  submittedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ApplicationEventRow {
  action: ApplicationAction | 'create';
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  at: Date;
  /** The local date of the move, for the working-day clock. */
  serviceDate: string;
  actorType: 'staff' | 'api-key' | 'applicant';
  actorId: string | null;
  note: string | null;
}

export interface NewApplication {
  regionCode: string;
  id: string;
  trackingCode: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  channel: ApplicationChannel;
  ticketId?: string;
  apiKeyId?: string;
  status: ApplicationStatus;
  applicantName: string;
  applicantPhone: string;
  applicantEmail?: string;
  nik: SealedNik;
  requirements: RequirementCheck[];
  notes?: string;
  completionWorkingDays: number;
  licence?: OssLicenceRef;
  dueDate?: string;
  dueSoonFrom?: string;
}

export interface ApplicationMove {
  /** The status the caller computed the move from: a concurrent move makes this one fail (409). */
  from: ApplicationStatus;
  /**
   * The `updatedAt` of the row the move was computed from: a status that went away and came
   * back meanwhile (revision, then resubmission) fails the move too, not only a changed status.
   */
  readAt: Date;
  to: ApplicationStatus;
  requirements?: RequirementCheck[];
  dueDate: string | null;
  dueSoonFrom: string | null;
  submitted: boolean;
  finished: boolean;
  event: Omit<ApplicationEventRow, 'fromStatus' | 'toStatus'>;
}

export interface ApplicationFilter {
  regionCode: string;
  agencyCode: string;
  status?: ApplicationStatus;
  sla?: 'overdue' | 'due_soon';
  /** The region's local date today, for the SLA filters. */
  today: string;
  /** Created on or after / before (exclusive) these instants. */
  createdFrom?: Date;
  createdBefore?: Date;
}
