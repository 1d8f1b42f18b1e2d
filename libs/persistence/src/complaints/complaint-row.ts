import type { ComplaintStatus } from '@mpp/domain';

import type { SealedNik } from '../applications/application-row';

export type ComplaintChannel = 'web' | 'desk' | 'kiosk' | 'integrator';

export interface NewComplaint {
  regionCode: string;
  id: string;
  trackingCode: string;
  channel: ComplaintChannel;
  siteCode?: string;
  agencyCode: string;
  serviceCode?: string;
  category: string;
  title: string;
  account: string;
  incidentDate: string;
  incidentPlace: string;
  anonymous: boolean;
  secret: boolean;
  reporterName: string;
  reporterPhone: string;
  nik?: SealedNik;
  receivedOn: string;
  firstResponseDue: string;
  resolutionDue: string;
  apiKeyId?: string;
}

export interface ComplaintRow extends Omit<NewComplaint, 'nik' | 'siteCode' | 'serviceCode' | 'apiKeyId'> {
  siteCode: string | null;
  serviceCode: string | null;
  nikEncrypted: string | null;
  status: ComplaintStatus;
  escalatedAt: Date | null;
  escalatedFor: string | null;
  lastNote: string | null;
  laporTrackingId: string | null;
  laporStatus: string | null;
  /** Forwarding to SP4N-LAPOR!: null when not chosen. */
  forwarding: 'pending' | 'delivered' | 'failed' | null;
  /** The forwarding's and the status reads' retry state, null when not forwarded (timestamps as ISO strings). */
  laporSync: {
    attempts: number;
    lastError: string | null;
    checkedAt: string | null;
    statusFailures: number;
    nextAt: string | null;
  } | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ComplaintEventRow {
  action: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  at: Date;
  actorType: 'citizen' | 'staff' | 'api-key' | 'system';
  actorId: string | null;
  note: string | null;
}

export interface ComplaintFilter {
  regionCode: string;
  agencyCode?: string;
  status?: ComplaintStatus;
  escalated?: boolean;
}
