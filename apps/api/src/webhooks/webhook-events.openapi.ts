import { WEBHOOK_EVENTS, type WebhookEvent } from '@mpp/domain';

/**
 * What our webhook deliveries look like, for the API document's `x-webhooks` section: per event,
 * the POST we send to a subscriber's URL, with its Standard Webhooks signature headers and its
 * `{ type, timestamp, data }` body. Shaped like OpenAPI 3.1 `webhooks` (decision 0071 says why
 * it is an extension of our 3.0 document for now).
 */
const text = (maxLength: number, example: string, description?: string) => ({
  type: 'string',
  maxLength,
  example,
  ...(description && { description }),
});
const code = (example: string) => text(40, example);

const TICKET_DATA = {
  type: 'object',
  required: ['ticketId', 'regionCode', 'siteCode', 'agencyCode', 'serviceCode', 'number', 'status'],
  properties: {
    ticketId: { type: 'string', format: 'uuid', maxLength: 36, example: '0b5c2f1e-6d0e-4a8e-9a51-2f3c4d5e6f70' },
    regionCode: text(5, '32.71'),
    siteCode: code('mpp-kota-bogor'),
    agencyCode: code('disdukcapil'),
    serviceCode: code('ktp-el'),
    number: text(8, 'A-001'),
    status: { type: 'string', enum: ['waiting', 'called', 'serving', 'held', 'done', 'no_show', 'cancelled'], example: 'called' },
    counterCode: { ...code('loket-3'), nullable: true },
  },
};

const APPLICATION_DATA = {
  type: 'object',
  required: ['applicationId', 'trackingCode', 'regionCode', 'agencyCode', 'serviceCode', 'action', 'status'],
  properties: {
    applicationId: { type: 'string', format: 'uuid', maxLength: 36, example: '7a1d4c2e-0f3b-4e5a-9c8d-1b2a3c4d5e6f' },
    trackingCode: text(11, '7KQ2M-9XW4T'),
    regionCode: text(5, '32.71'),
    agencyCode: code('disdukcapil'),
    serviceCode: code('ktp-el'),
    action: text(20, 'verify'),
    previousStatus: { ...text(20, 'submitted'), nullable: true },
    status: text(20, 'verified'),
    dueDate: { type: 'string', format: 'date', maxLength: 10, nullable: true, example: '2026-12-15' },
  },
};

const COMPLAINT_DATA = {
  type: 'object',
  description: 'Ids, codes and statuses only: never the account, the title or the reporter (anonymous complaints stay anonymous)',
  required: ['complaintId', 'trackingCode', 'regionCode', 'agencyCode', 'action', 'status'],
  properties: {
    complaintId: { type: 'string', format: 'uuid', maxLength: 36, example: '3c9e1f7a-2b4d-4e6f-8a1c-5d7e9f0a1b2c' },
    trackingCode: text(11, '7KQ2M-9XW4T'),
    regionCode: text(5, '32.71'),
    agencyCode: code('disdukcapil'),
    action: text(20, 'assign', 'The move (verify, assign, answer, …), `escalate`, or `lapor_status`'),
    previousStatus: { ...text(20, 'verified'), nullable: true },
    status: text(20, 'assigned'),
    escalatedFor: { ...text(14, 'first_response', 'complaint.escalated: the deadline missed'), nullable: true },
    laporTrackingId: { ...text(40, 'LPR-3F2A9C0B1D'), nullable: true },
    laporStatus: { ...text(40, 'Proses', 'SP4N-LAPOR!’s own status, as last read from it'), nullable: true },
  },
};

const SUMMARIES: Record<WebhookEvent, string> = {
  'application.status_changed': 'An application moved to another status (filed, verified, returned, finished, …)',
  'ticket.issued': 'A ticket was issued (walk-in, kiosk, booking check-in or an integrator)',
  'ticket.called': 'A ticket was called (or called again) to a counter',
  'ticket.finished': 'A ticket’s visit ended: served, no-show or cancelled',
  'complaint.status_changed': 'A complaint moved to another status (filed, verified, assigned, answered, replied, closed, archived)',
  'complaint.escalated': 'A complaint missed its first-response or resolution deadline and went to the region admin',
  'complaint.lapor_status_changed': 'SP4N-LAPOR! reported a new status for a forwarded complaint',
};

const SIGNATURE_HEADERS = [
  {
    name: 'webhook-id',
    description: 'The delivery’s id, the same on every retry and replay: drop duplicates by it',
    schema: { type: 'string', format: 'uuid', maxLength: 36 },
  },
  {
    name: 'webhook-timestamp',
    description: 'Unix seconds when this attempt was signed: refuse old ones',
    schema: { type: 'string', pattern: '^\\d{1,12}$', maxLength: 12 },
  },
  {
    name: 'webhook-signature',
    description:
      '`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` keyed with the subscription secret’s bytes (Standard Webhooks)',
    schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/=]+$', maxLength: 256 },
  },
].map((header) => ({ in: 'header', required: true, ...header }));

export function webhookDocuments(): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(WEBHOOK_EVENTS) as WebhookEvent[]).map((event) => {
      const data = event.startsWith('ticket.') ? TICKET_DATA : event.startsWith('complaint.') ? COMPLAINT_DATA : APPLICATION_DATA;
      return [
        event,
        {
          post: {
            operationId: `webhook_${event.replace('.', '_')}`,
            tags: ['webhooks'],
            summary: SUMMARIES[event],
            description:
              `Sent to the URL of each subscription to \`${event}\` of a key with \`${WEBHOOK_EVENTS[event]}\`, at least once, ` +
              'retried with backoff for a day (POST /v1/webhooks/subscriptions).',
            parameters: SIGNATURE_HEADERS,
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['type', 'timestamp', 'data'],
                    properties: {
                      type: { type: 'string', enum: [event] },
                      timestamp: { type: 'string', format: 'date-time', maxLength: 30, example: '2026-12-01T02:15:00.000Z' },
                      data,
                    },
                  },
                },
              },
            },
            responses: { '200': { description: 'Any 2xx: received. Anything else, or no answer within WEBHOOK_TIMEOUT_MS, is retried.' } },
          },
        },
      ];
    }),
  );
}
