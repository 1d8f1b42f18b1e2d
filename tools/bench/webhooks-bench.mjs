// Webhook deliveries per second from the API's relay to a local receiver, beside a floor: the
// same signed POSTs sent straight at the receiver by the same HTTP client, at the relay's batch
// concurrency. Events are written into the outbox as the API writes them; the clock runs from
// the first event to the last delivery recorded as delivered.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { WebhookSender } = await jiti.import('../../libs/integrations/src/webhooks/webhook-sender.ts');
const { signWebhook, newWebhookSecret } = await jiti.import('../../libs/platform/src/crypto/webhook-signer.ts');

function receiver() {
  const seen = new Set();
  let requests = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests++;
      seen.add(request.headers['webhook-id']);
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, seen, requests: () => requests, port: server.address().port })),
  );
}

export async function webhooksScenario(pool, { region, count = 5_000, batch = 100 }) {
  const hooks = await receiver();
  const url = `http://127.0.0.1:${hooks.port}/hooks`;
  const secret = newWebhookSecret();
  const { rows: staff } = await pool.query(`SELECT id FROM staff_account LIMIT 1`);
  const keyId = randomUUID();
  await pool.query(
    `INSERT INTO api_key (id, name, prefix, secret_hash, scopes, region_code, created_by, created_at)
     VALUES ($1, 'bench', $2, '\\x00', '{webhooks:manage,applications:read}', $3, $4, now())`,
    [keyId, randomUUID().slice(0, 8), region, staff[0].id],
  );
  await pool.query(
    `INSERT INTO webhook_subscription (id, api_key_id, url, events, secret) VALUES ($1, $2, $3, '{application.status_changed}', $4)`,
    [randomUUID(), keyId, url, secret],
  );
  const started = performance.now();
  await pool.query(
    `INSERT INTO outbox_event (id, region_code, agency_code, type, payload)
     SELECT gen_random_uuid(), $1::text, 'bench', 'application.status_changed',
       jsonb_build_object('type', 'application.status_changed', 'timestamp', now(), 'data',
         jsonb_build_object('applicationId', gen_random_uuid(), 'regionCode', $1::text, 'status', 'verified', 'previousStatus', 'submitted'))
     FROM generate_series(1, $2::int)`,
    [region, count],
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await pool.query(`SELECT count(*)::int AS delivered FROM webhook_delivery WHERE status = 'delivered'`);
    if (rows[0].delivered >= count) break;
    if (Date.now() > deadline) {
      // Say why, so a broken relay or worker is not a bare number.
      const { rows: states } = await pool.query(
        `SELECT status, count(*)::int AS n, max(last_error) AS error, max(last_status_code) AS code FROM webhook_delivery GROUP BY status`,
      );
      const { rows: unrelayed } = await pool.query(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL`);
      throw new Error(
        `only ${rows[0].delivered} of ${count} webhooks delivered in 120 s; deliveries ${JSON.stringify(states)}, unrelayed events ${unrelayed[0].n}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const apiRate = count / ((performance.now() - started) / 1000);
  const unique = hooks.seen.size;
  if (unique < count) throw new Error(`the receiver saw ${unique} distinct webhook-ids for ${count} deliveries`);

  // The floor: the same client, signing and posting the same kind of body, `batch` at a time.
  const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 10_000 });
  const body = JSON.stringify({ type: 'application.status_changed', timestamp: new Date().toISOString(), data: { status: 'verified' } });
  const floorStarted = performance.now();
  for (let sent = 0; sent < count; sent += batch)
    await Promise.all(
      Array.from({ length: Math.min(batch, count - sent) }, async () => {
        const id = randomUUID();
        const timestamp = Math.floor(Date.now() / 1000);
        const outcome = await sender.send({
          url,
          body,
          headers: {
            'webhook-id': id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(secret, id, timestamp, body),
          },
        });
        if (!outcome.delivered) throw new Error(`floor delivery failed: ${outcome.error ?? outcome.statusCode}`);
      }),
    );
  const floorRate = count / ((performance.now() - floorStarted) / 1000);
  sender.close();
  hooks.server.close();
  return { apiRate, floorRate, duplicates: hooks.requests() - count - count };
}
