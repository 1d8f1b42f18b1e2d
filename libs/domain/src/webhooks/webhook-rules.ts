import type { ApiScope } from '../access/principal';

/** Events an integrator can subscribe to, and the API-key scope that may see each. */
export const WEBHOOK_EVENTS = {
  'application.status_changed': 'applications:read',
  'ticket.issued': 'queue:write',
  'ticket.called': 'queue:write',
  'ticket.finished': 'queue:write',
  'complaint.status_changed': 'complaints:read',
  'complaint.escalated': 'complaints:read',
  'complaint.lapor_status_changed': 'complaints:read',
} as const satisfies Record<string, ApiScope>;
export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;

export function isWebhookEvent(value: string): value is WebhookEvent {
  return Object.hasOwn(WEBHOOK_EVENTS, value);
}

export interface RetrySchedule {
  /** The wait after the first failed attempt; each later wait is four times the one before. */
  baseMs: number;
  /** How long after the first attempt a delivery keeps being retried before it is kept as failed. */
  windowMs: number;
  /** The longest wait between two attempts: how late a receiver that comes back hears of it, at worst. */
  maxWaitMs?: number;
}

/** 5 s, 20 s, 80 s, 5 min, 21 min, then every 30 minutes: about a day, as the issue asks. */
export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = { baseMs: 5_000, windowMs: 86_400_000, maxWaitMs: 1_800_000 };

/**
 * The wait before the next attempt after `attempts` failed ones, or undefined once the waits
 * add up to the window: the delivery is then kept as failed until someone replays it. Waits are
 * capped (`maxWaitMs`, and never more than a quarter of the window) so a receiver down for an
 * hour hears of its events within half an hour of coming back, not hours later.
 */
export function nextRetryDelayMs(attempts: number, schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE): number | undefined {
  const cap = Math.min(schedule.windowMs / 4, schedule.maxWaitMs ?? Infinity);
  let waited = 0;
  let wait = 0;
  for (let n = 1; n <= attempts; n++) {
    wait = Math.min(schedule.baseMs * 4 ** (n - 1), cap);
    waited += wait;
  }
  return waited > schedule.windowMs ? undefined : wait;
}

/** The body an application's change of status is reported with: ids, codes and status, nothing personal. */
export interface ApplicationStatusData {
  applicationId: string;
  trackingCode: string;
  regionCode: string;
  agencyCode: string;
  serviceCode: string;
  action: string;
  previousStatus: string | null;
  status: string;
  dueDate: string | null;
}

export interface TicketEventData {
  ticketId: string;
  regionCode: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  number: string;
  status: string;
  counterCode?: string | null;
}

/**
 * The body a complaint's event is reported with: ids, codes and statuses. Never the account, the
 * title or anything of the reporter: an anonymous complaint stays anonymous to every subscriber.
 */
export interface ComplaintEventData {
  complaintId: string;
  trackingCode: string;
  regionCode: string;
  agencyCode: string;
  action: string;
  previousStatus: string | null;
  status: string;
  /** For `complaint.escalated`: which deadline was missed (`first_response` or `resolution`). */
  escalatedFor?: string | null;
  /** LAPOR!'s tracking id and status as last mirrored (null before forwarding). */
  laporTrackingId?: string | null;
  laporStatus?: string | null;
}

/** The Standard Webhooks envelope: `type`, `timestamp`, `data`. */
export function webhookEnvelope(type: WebhookEvent, at: Date, data: ApplicationStatusData | TicketEventData | ComplaintEventData) {
  return { type, timestamp: at.toISOString(), data };
}

const FINAL_TICKET_STATUSES = new Set(['done', 'no_show', 'cancelled']);

/** Which webhook, if any, a ticket's move reports: a call (or recall), or the end of its visit. */
export function ticketWebhookEvent(action: string, statusAfter: string): WebhookEvent | undefined {
  if (action === 'call' || action === 'recall') return 'ticket.called';
  if (FINAL_TICKET_STATUSES.has(statusAfter)) return 'ticket.finished';
  return undefined;
}
