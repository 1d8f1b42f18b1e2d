import { IntegrationError } from '../errors/integration-error';
import { badAnswer } from '../http/json-client';
import type { ForwardedComplaint, ForwardReceipt, LaporStatusReport } from './complaint-forwarding.port';

/**
 * SP4N-LAPOR!'s wire format, in one place so a correction touches one file.
 *
 * Published [I, shared/domain/integrations.md, from the SPLP catalogue]:
 * - base path `/lapor/3.0.0` on SPLP (sandbox `/sandbox-konsolidasi/1.0`);
 * - headers `auth: Bearer <secret>` and `token: {GUID}`;
 * - `POST /complaints/complaint` with title, content, channel, category_id, location_id,
 *   date_of_incident, is_anonymous, is_secret, attachments;
 * - `GET /complaints/{ticket}/followups?page=n`, read back to mirror LAPOR!'s status (first page only).
 *
 * Our reading [U, no public answer sample]: the answer `{ "success": true, "data":
 * { "tracking_id": "...", "status": "..." } }`; `channel` as a string; `category_id` and
 * `location_id` as our category and the kabupaten/kota code until the code tables are known;
 * the reporter's name and phone in `reporter`, and our code in `reference`. The follow-ups
 * answer as `{ "success": true, "data": { "tracking_id", "status", "followups": [...] } }`, the
 * complaint's status beside its follow-ups; 404 for a ticket LAPOR! does not know.
 */
export const LAPOR_BASE_PATH = '/lapor/3.0.0';
export const LAPOR_COMPLAINT_PATH = `${LAPOR_BASE_PATH}/complaints/complaint`;

export function toComplaintBody(complaint: ForwardedComplaint): Record<string, unknown> {
  return {
    title: complaint.title,
    content: complaint.account,
    channel: 'mpp',
    category_id: complaint.category,
    location_id: complaint.regionCode,
    date_of_incident: complaint.incidentDate,
    place_of_incident: complaint.incidentPlace,
    is_anonymous: complaint.anonymous,
    is_secret: complaint.secret,
    attachments: [],
    reference: complaint.reference,
    ...(complaint.reporter && !complaint.anonymous ? { reporter: { name: complaint.reporter.name, phone: complaint.reporter.phone } } : {}),
  };
}

export function fromComplaintAnswer(status: number, body: unknown): ForwardReceipt {
  if (status === 401 || status === 403) throw new IntegrationError('refused', 'LAPOR! refused the platform’s credentials', 300);
  const data = (body as { success?: unknown; data?: { tracking_id?: unknown; status?: unknown } } | undefined)?.data;
  if (status !== 200 && status !== 201) throw badAnswer('LAPOR!', `status ${status}`);
  if (typeof data?.tracking_id !== 'string' || data.tracking_id.length === 0) throw badAnswer('LAPOR!', 'no data.tracking_id');
  return { trackingId: data.tracking_id, status: typeof data.status === 'string' ? data.status : 'unknown' };
}

export function laporFollowupsPath(trackingId: string): string {
  return `${LAPOR_BASE_PATH}/complaints/${encodeURIComponent(trackingId)}/followups?page=1`;
}

export function fromFollowupsAnswer(trackingId: string, status: number, body: unknown): LaporStatusReport {
  if (status === 401 || status === 403) throw new IntegrationError('refused', 'LAPOR! refused the platform’s credentials', 300);
  if (status === 404) throw badAnswer('LAPOR!', `it does not know ${trackingId}`);
  if (status !== 200) throw badAnswer('LAPOR!', `status ${status}`);
  const data = (body as { data?: { status?: unknown; followups?: unknown } } | undefined)?.data;
  if (typeof data?.status !== 'string' || data.status.length === 0 || data.status.length > 40)
    throw badAnswer('LAPOR!', 'no data.status (or longer than 40)');
  return { trackingId, status: data.status, followups: Array.isArray(data.followups) ? data.followups.length : 0 };
}
