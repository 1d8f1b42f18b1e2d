import type { Nib } from '@mpp/domain';

import type { CallOptions } from '../population/population-registry.port';

/**
 * Business licensing (OSS RBA) as the mall's licensing desk needs it: look up a business by
 * its NIB with its KBLI activities and licences, and report a licence's status back.
 */
export type BusinessScale = 'micro' | 'small' | 'medium' | 'large' | 'unknown';

export interface BusinessActivity {
  projectId: string;
  /** KBLI 2020, 5 digits. */
  kbli: string;
  riskLevel: string;
  location: string;
}

export interface BusinessLicence {
  /** OSS's `id_izin`: the id to report status changes against. */
  id: string;
  code: string;
  name: string;
  agency: string;
  /** Licence status code (`kd_status`, e.g. 50 approved), when OSS gives it. */
  statusCode?: string;
}

export interface Business {
  nib: string;
  issuedOn: string;
  ossId: string;
  /** `jenis_pelaku_usaha` as OSS codes it. */
  actorKind: string;
  name: string;
  address: string;
  /** NPWP of the business; for a sole proprietor it is the owner's NIK: mask it before showing. */
  npwp: string;
  scale: BusinessScale;
  /** OSS's 10-digit region (`3271000000`); `regionCode` is its kabupaten/kota, `32.71`. */
  ossRegionCode: string;
  regionCode?: string;
  status: { code: string; label: string };
  activities: BusinessActivity[];
  licences: BusinessLicence[];
}

/** What we tell OSS when a licence handled at the mall changes status (`receiveLicenseStatus`). */
export interface LicenceStatusReport {
  nib: string;
  licenceId: string;
  /** `kd_status`: 50 approved, 52 provisionally issued, 57 approved automatically, 90 refused, ... */
  statusCode: string;
  /** When the status changed. */
  changedAt: Date;
  officerName: string;
  note?: string;
}

export interface BusinessLicensing {
  /** Undefined when OSS has no business with this NIB. Idempotent. */
  findBusiness(nib: Nib, options?: CallOptions): Promise<Business | undefined>;
  /** Not retried: OSS's handling of a repeated report is not documented. */
  reportLicenceStatus(report: LicenceStatusReport, options?: CallOptions): Promise<void>;
}
