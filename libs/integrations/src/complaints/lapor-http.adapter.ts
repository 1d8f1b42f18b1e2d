import { getJson, type HttpEndpoint, postJson } from '../http/json-client';
import type { CallOptions } from '../population/population-registry.port';
import type { ComplaintForwarding, ForwardedComplaint, ForwardReceipt, LaporStatusReport } from './complaint-forwarding.port';
import { fromComplaintAnswer, fromFollowupsAnswer, LAPOR_COMPLAINT_PATH, laporFollowupsPath, toComplaintBody } from './lapor.mapping';

export interface LaporHttpSettings {
  endpoint: HttpEndpoint;
  /** Sent as `auth: Bearer <secret>`. */
  secret: string;
  /** Sent as `token` (a GUID issued with the integration). */
  token: string;
}

/** SP4N-LAPOR!'s complaint API (usually through SPLP). */
export class LaporHttpAdapter implements ComplaintForwarding {
  constructor(private readonly settings: LaporHttpSettings) {}

  async forward(complaint: ForwardedComplaint, options: CallOptions = {}): Promise<ForwardReceipt> {
    const answer = await postJson(this.settings.endpoint, LAPOR_COMPLAINT_PATH, toComplaintBody(complaint), {
      headers: { auth: `Bearer ${this.settings.secret}`, token: this.settings.token },
      signal: options.signal,
    });
    return fromComplaintAnswer(answer.status, answer.body);
  }

  async status(trackingId: string, options: CallOptions = {}): Promise<LaporStatusReport> {
    const answer = await getJson(this.settings.endpoint, laporFollowupsPath(trackingId), {
      headers: { auth: `Bearer ${this.settings.secret}`, token: this.settings.token },
      signal: options.signal,
    });
    return fromFollowupsAnswer(trackingId, answer.status, answer.body);
  }
}
