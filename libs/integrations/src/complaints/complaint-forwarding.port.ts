import type { CallOptions } from '../population/population-registry.port';

/** A complaint as we hand it to the national complaint system (SP4N-LAPOR!). */
export interface ForwardedComplaint {
  /** Our own tracking code: LAPOR! keeps it as a reference, and a retry sends the same one. */
  reference: string;
  title: string;
  account: string;
  category: string;
  incidentDate: string;
  incidentPlace: string;
  /** Kemendagri code of the kabupaten/kota, for LAPOR!'s location. */
  regionCode: string;
  anonymous: boolean;
  secret: boolean;
  /** Left out when the complaint is anonymous. */
  reporter?: { name: string; phone: string };
}

export interface ForwardReceipt {
  /** LAPOR!'s own tracking id, mirrored on our complaint. */
  trackingId: string;
  /** LAPOR!'s status as it answered it. */
  status: string;
}

/** What LAPOR! says of a forwarded complaint now. */
export interface LaporStatusReport {
  trackingId: string;
  status: string;
  /** How many follow-ups (tindak lanjut) LAPOR! lists for it. */
  followups: number;
}

/** The national complaint system. One adapter per transport (direct or through SPLP), and a simulator. */
export interface ComplaintForwarding {
  forward(complaint: ForwardedComplaint, options?: CallOptions): Promise<ForwardReceipt>;
  /** LAPOR!'s current status of a complaint it gave `trackingId` (read back onto ours). */
  status(trackingId: string, options?: CallOptions): Promise<LaporStatusReport>;
}
