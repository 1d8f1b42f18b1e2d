#!/usr/bin/env node
// An integrator's walk-in flow, to copy: with an API key (scopes queue:write and
// webhooks:manage), start a webhook receiver, subscribe it, take a ticket for a citizen,
// follow the ticket's page, and receive the signed `ticket.issued` webhook. Node 22+, no packages.
//
//   MPP_BASE_URL=http://localhost:3000 MPP_API_KEY=mpp_xxx_yyy MPP_REGION=32.71 \
//   MPP_SITE=mpp-kota-bogor MPP_AGENCY=disdukcapil MPP_SERVICE=ktp-el node docs/examples/integrator-walk-in.mjs
//
// The receiver listens on 127.0.0.1 (MPP_RECEIVER_PORT, default any free port): fine against a
// local API; a production API only delivers to public https URLs, so there run it behind one and
// set MPP_RECEIVER_URL. Checked by apps/api/test/integrator-example.e2e-spec.ts, so it cannot rot.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

const env = (name, fallback) => process.env[name] ?? fallback ?? fail(`set ${name}`);
const base = env('MPP_BASE_URL', 'http://localhost:3000');
const key = env('MPP_API_KEY');
const [region, site, agency, service] = ['MPP_REGION', 'MPP_SITE', 'MPP_AGENCY', 'MPP_SERVICE'].map((name) => env(name));

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** One call with the key; errors carry { status, code, message, errors?, requestId }. */
async function call(method, path, body, headers = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-api-key': key, ...(body && { 'content-type': 'application/json' }), ...headers },
    body: body && JSON.stringify(body),
  });
  const payload = response.status === 204 ? undefined : await response.json();
  if (!response.ok) fail(`${method} ${path}: ${response.status} ${payload?.code} ${payload?.message}`);
  return payload;
}

/** Standard Webhooks: v1 HMAC-SHA256 of `id.timestamp.body` with the secret's bytes; recent timestamps only. */
function verified(secret, headers, body) {
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const keyBytes = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(
    `v1,${createHmac('sha256', keyBytes).update(`${headers['webhook-id']}.${timestamp}.${body}`).digest('base64')}`,
  );
  return String(headers['webhook-signature'])
    .split(' ')
    .some((candidate) => Buffer.byteLength(candidate) === expected.length && timingSafeEqual(Buffer.from(candidate), expected));
}

// 1. A receiver for our webhooks; it keeps the ids it has seen, since a retry sends the same id again.
let secret;
const seen = new Set();
let onTicketIssued;
const issued = new Promise((resolve) => (onTicketIssued = resolve));
const receiver = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    if (!secret || !verified(secret, request.headers, body)) return void response.writeHead(401).end();
    response.writeHead(204).end();
    if (seen.has(request.headers['webhook-id'])) return;
    seen.add(request.headers['webhook-id']);
    const event = JSON.parse(body);
    if (event.type === 'ticket.issued') onTicketIssued(event);
  });
});
await new Promise((resolve) => receiver.listen(Number(process.env.MPP_RECEIVER_PORT ?? 0), '127.0.0.1', resolve));
const receiverUrl = process.env.MPP_RECEIVER_URL ?? `http://127.0.0.1:${receiver.address().port}/mpp-hooks`;

// 2. Subscribe it; the secret is shown this once.
const subscription = await call('POST', '/v1/webhooks/subscriptions', { url: receiverUrl, events: ['ticket.issued', 'ticket.called'] });
secret = subscription.secret;
console.log(`subscribed ${subscription.id} to ${subscription.events.join(', ')}`);

// 3. Take a walk-in ticket for a citizen. A retry with the same Idempotency-Key returns the same ticket.
const idempotencyKey = randomUUID();
const ticket = await call(
  'POST',
  `/v1/regions/${region}/sites/${site}/tickets`,
  { agencyCode: agency, serviceCode: service },
  { 'idempotency-key': idempotencyKey },
);
console.log(`ticket ${ticket.number} (${ticket.id}), channel ${ticket.channel}, ${ticket.position ?? '?'} in line`);

// 4. Follow it: its page (the citizen's phone shows the same; /events streams it).
const page = await call('GET', `/v1/regions/${region}/tickets/${ticket.id}`);
console.log(`status ${page.status}, about ${page.estimatedWaitMinutes ?? '?'} minutes`);

// 5. Receive the signed webhook of the ticket we took.
const timeout = setTimeout(() => fail('no ticket.issued webhook within 30 s'), 30_000);
const event = await issued;
clearTimeout(timeout);
if (event.data.ticketId !== ticket.id) fail(`webhook for another ticket: ${event.data.ticketId}`);
console.log(`webhook ${event.type} for ${event.data.number}, signature verified`);

await call('DELETE', `/v1/webhooks/subscriptions/${subscription.id}`);
receiver.close();
