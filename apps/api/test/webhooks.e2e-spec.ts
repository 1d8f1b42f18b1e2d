import { randomBytes } from 'node:crypto';

import request from 'supertest';
import { DataSource } from 'typeorm';

import type { ApiScope } from '@mpp/domain';
import { ApiKeysRepository, ApplicationsRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret, verifyWebhook } from '@mpp/platform';
import { applySampleDeployments, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { SealedValuesResealer } from '../src/personal-data/sealed-values-resealer.service';
import { WebhookRelay } from '../src/webhooks/webhook-relay.service';
import { waitFor, WebhookReceiver } from './support/webhook-receiver';

const BASE = '/v1/regions/32.71';
const NIK = '3271014708900001';
const PHONE = '081234567890';

describe('webhooks (outbox, signed delivery, retries)', () => {
  let testApp: TestApp;
  let supervisorId: string;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // Short retry waits so a day's schedule fits a test: 100 ms, 400 ms, then 1.25 s until 5 s have passed.
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '100000',
      WEBHOOK_POLL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_WINDOW_MS: '5000',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    supervisorId = (await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' })).id;
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.stop()));
    await testApp.close();
  });

  async function receiver(): Promise<WebhookReceiver> {
    const started = await new WebhookReceiver().start();
    receivers.push(started);
    return started;
  }

  async function issueKey(scopes: ApiScope[], agencyCode?: string): Promise<string> {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Portal Kota Bogor',
      prefix,
      secretHash: hash,
      scopes,
      regionCode: '32.71',
      agencyCode,
      expiresAt: null,
      createdBy: supervisorId,
    });
    return `mpp_${prefix}_${secret}`;
  }

  const subscribe = (key: string, url: string, events = ['application.status_changed']) =>
    request(testApp.server).post('/v1/webhooks/subscriptions').set('x-api-key', key).send({ url, events });
  const deliveries = async (key: string, id: string) =>
    (await request(testApp.server).get(`/v1/webhooks/subscriptions/${id}/deliveries`).set('x-api-key', key).expect(200)).body.items as {
      id: string;
      status: string;
      attempts: number;
      lastError: string | null;
    }[];
  const apply = () =>
    request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Siti Rahayu', nik: NIK, phone: PHONE } })
      .expect(201);
  const withdraw = (trackingCode: string) =>
    request(testApp.server).post(`${BASE}/tracking/${trackingCode}/withdraw`).send({ phone: PHONE });

  it('delivers an application’s change of status, signed per Standard Webhooks, with nothing personal in it', async () => {
    const hooks = await receiver();
    const key = await issueKey(['webhooks:manage', 'applications:read']);
    const created = await subscribe(key, hooks.url).expect(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    const listed = await request(testApp.server).get('/v1/webhooks/subscriptions').set('x-api-key', key).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    const { trackingCode } = (await apply()).body;
    const id = (await testApp.app.get(ApplicationsRepository).findByTrackingCode('32.71', trackingCode))?.id;
    const [hook] = await waitFor(() => hooks.received.length > 0 && hooks.received, 15_000, 'a delivery');
    expect(verifyWebhook(created.body.secret, hook, hook.body)).toBe(true);
    expect(verifyWebhook(`whsec_${randomBytes(24).toString('base64')}`, hook, hook.body)).toBe(false);
    expect(JSON.parse(hook.body)).toMatchObject({
      type: 'application.status_changed',
      data: { applicationId: id, trackingCode, regionCode: '32.71', agencyCode: 'bapenda', previousStatus: null, status: 'submitted' },
    });
    expect(hook.body).not.toMatch(/3271014708900001|Siti|081234567890/);
    await waitFor(async () => (await deliveries(key, created.body.id))[0]?.status === 'delivered', 15_000, 'the log to say delivered');
    expect((await deliveries(key, created.body.id))[0]).toMatchObject({ id: hook.id, attempts: 1 });
  });

  it('delivers an agency’s events only to keys of that agency or of the whole region', async () => {
    const [ownAgency, otherAgency, wholeRegion] = await Promise.all([receiver(), receiver(), receiver()]);
    const bapendaKey = await issueKey(['webhooks:manage', 'applications:read'], 'bapenda');
    const disdukcapilKey = await issueKey(['webhooks:manage', 'applications:read'], 'disdukcapil');
    const regionKey = await issueKey(['webhooks:manage', 'applications:read']);
    await subscribe(bapendaKey, ownAgency.url).expect(201);
    const elsewhere = (await subscribe(disdukcapilKey, otherAgency.url).expect(201)).body.id as string;
    await subscribe(regionKey, wholeRegion.url).expect(201);

    const { trackingCode } = (await apply()).body;
    const mine = (hooks: WebhookReceiver) => hooks.received.filter((hook) => JSON.parse(hook.body).data.trackingCode === trackingCode);
    await waitFor(() => mine(ownAgency).length > 0 && mine(wholeRegion).length > 0, 15_000, 'the agency’s and the region’s deliveries');
    // The relay fans an event out to every subscription in one statement: had the other agency's
    // key been given it, its delivery would be in its log by now.
    expect(await deliveries(disdukcapilKey, elsewhere)).toEqual([]);
    expect(mine(otherAgency)).toEqual([]);
  });

  it('refuses events the key may not read, and hides another key’s subscription', async () => {
    const hooks = await receiver();
    const queueOnly = await issueKey(['webhooks:manage', 'queue:write']);
    const refused = await subscribe(queueOnly, hooks.url).expect(403);
    expect(refused.body.code).toBe('WEBHOOK_EVENT_NOT_ALLOWED');
    const owner = await issueKey(['webhooks:manage', 'applications:read']);
    const { id } = (await subscribe(owner, hooks.url).expect(201)).body;
    await request(testApp.server).get(`/v1/webhooks/subscriptions/${id}/deliveries`).set('x-api-key', queueOnly).expect(404);
    await request(testApp.server).delete(`/v1/webhooks/subscriptions/${id}`).set('x-api-key', queueOnly).expect(404);
    const noScope = await issueKey(['applications:read']);
    await subscribe(noScope, hooks.url).expect(403);
    await request(testApp.server).delete(`/v1/webhooks/subscriptions/${id}`).set('x-api-key', owner).expect(204);
  });

  it('retries a receiver that is down until it is up again, with the same webhook-id', async () => {
    const hooks = await receiver();
    const port = hooks.port;
    await hooks.stop();
    const key = await issueKey(['webhooks:manage', 'applications:read']);
    const { id } = (await subscribe(key, `http://127.0.0.1:${port}/hooks/mpp`).expect(201)).body;
    await apply();
    const [failed] = await waitFor(
      async () => {
        const log = await deliveries(key, id);
        return log[0]?.lastError && log;
      },
      15_000,
      'a failed attempt',
    );
    expect(failed).toMatchObject({ status: 'pending', lastError: 'ECONNREFUSED' });
    await hooks.start(port);
    await waitFor(async () => (await deliveries(key, id))[0]?.status === 'delivered', 15_000, 'the retry to land');
    expect(hooks.received.map((hook) => hook.id)).toEqual([failed.id]);
    expect((await deliveries(key, id))[0].attempts).toBeGreaterThan(1);
  });

  it('keeps a delivery as failed when the retries are spent, and replays it on request', async () => {
    const hooks = await receiver();
    hooks.answer = () => 503;
    const key = await issueKey(['webhooks:manage', 'applications:read']);
    const { id } = (await subscribe(key, hooks.url).expect(201)).body;
    const { trackingCode } = (await apply()).body;
    await withdraw(trackingCode).expect(200);
    const failed = await waitFor(
      async () => {
        const log = await deliveries(key, id);
        return log.length === 2 && log.every((delivery) => delivery.status === 'failed') && log;
      },
      20_000,
      'both deliveries to be given up',
    );
    expect(failed[0].attempts).toBeGreaterThan(3);
    hooks.answer = () => 200;
    const replayed = await request(testApp.server)
      .post(`/v1/webhooks/subscriptions/${id}/replays`)
      .set('x-api-key', key)
      .send({ deliveryId: failed[0].id })
      .expect(200);
    expect(replayed.body).toEqual({ replayed: 1 });
    await waitFor(async () => (await deliveries(key, id)).find((delivery) => delivery.id === failed[0].id)?.status === 'delivered');
    expect(hooks.received.at(-1)?.id).toBe(failed[0].id);
    const all = await request(testApp.server).post(`/v1/webhooks/subscriptions/${id}/replays`).set('x-api-key', key).send({}).expect(200);
    expect(all.body).toEqual({ replayed: 1 });
  });

  it('stores the signing secret sealed to its subscription, and seals one stored plain before this version', async () => {
    const hooks = await receiver();
    const key = await issueKey(['webhooks:manage', 'applications:read']);
    const created = (await subscribe(key, hooks.url).expect(201)).body as { id: string; secret: string };
    const dataSource = testApp.app.get(DataSource);
    const stored = async () =>
      ((await dataSource.query(`SELECT secret FROM webhook_subscription WHERE id = $1`, [created.id])) as { secret: string }[])[0].secret;
    expect(await stored()).toMatch(/^v2\./);
    expect(await stored()).not.toContain(created.secret.slice(6));

    // As a subscription made before secrets were sealed: the secret plain in its row.
    await dataSource.query(`UPDATE webhook_subscription SET secret = $2 WHERE id = $1`, [created.id, created.secret]);
    await apply();
    const [plainSigned] = await waitFor(
      () => hooks.received.length > 0 && hooks.received,
      15_000,
      'a delivery signed with the plain secret',
    );
    expect(verifyWebhook(created.secret, plainSigned, plainSigned.body)).toBe(true);
    expect((await testApp.app.get(SealedValuesResealer).run()).webhook_subscription).toBeGreaterThanOrEqual(1);
    expect(await stored()).toMatch(/^v2\./);
    await apply();
    const [, sealedSigned] = await waitFor(() => hooks.received.length > 1 && hooks.received, 15_000, 'a delivery after sealing');
    expect(verifyWebhook(created.secret, sealedSigned, sealedSigned.body)).toBe(true);

    // Copied onto another subscription, a sealed secret does not open: that subscription's deliveries fail, none is signed with it.
    const other = (await subscribe(key, hooks.url).expect(201)).body as { id: string };
    await dataSource.query(`UPDATE webhook_subscription SET secret = $2 WHERE id = $1`, [other.id, await stored()]);
    await apply();
    await waitFor(async () => (await deliveries(key, other.id))[0]?.lastError, 15_000, 'the copied secret to fail');
    expect(hooks.received.length).toBeLessThanOrEqual(3);
  });

  it('prunes finished deliveries and their events after the retention period, and keeps what is pending', async () => {
    const dataSource = testApp.app.get(DataSource);
    const relay = testApp.app.get(WebhookRelay);
    const count = async (sql: string) => ((await dataSource.query(sql)) as { n: number }[])[0].n;
    const finished = await count(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status <> 'pending'`);
    expect(finished).toBeGreaterThan(0);
    const pending = await count(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status = 'pending'`);
    // Nothing is old enough yet.
    expect(await relay.prune()).toEqual({ deliveries: 0, events: 0 });
    // A day past the 30-day retention: every finished delivery goes, with the events left without one.
    const later = new Date(Date.now() + 31 * 86_400_000);
    const pruned = await relay.prune(later);
    expect(pruned.deliveries).toBeGreaterThanOrEqual(finished);
    expect(pruned.events).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status <> 'pending'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status = 'pending'`)).toBeLessThanOrEqual(pending);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_event e WHERE e.relayed_at IS NOT NULL AND e.relayed_at < now()
           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)`,
      ),
    ).toBe(0);
  });

  it('shares the work between concurrent relays without sending one delivery twice', async () => {
    const hooks = await receiver();
    const key = await issueKey(['webhooks:manage', 'applications:read']);
    const { id } = (await subscribe(key, hooks.url).expect(201)).body;
    for (let n = 0; n < 20; n++) await apply();
    const relay = testApp.app.get(WebhookRelay);
    // Four extra rounds at once beside the app's own loop: SKIP LOCKED hands each row to one of them.
    await Promise.all([relay.runOnce(), relay.runOnce(), relay.runOnce(), relay.runOnce()]);
    await waitFor(
      async () => {
        const log = await deliveries(key, id);
        return log.length === 20 && log.every((delivery) => delivery.status === 'delivered');
      },
      20_000,
      'twenty deliveries',
    );
    const ids = hooks.received.map((hook) => hook.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toHaveLength(20);
  });
});

describe('webhooks behind a backlog of events no one subscribed to', () => {
  let testApp: TestApp;
  let receiverOfHooks: WebhookReceiver;
  beforeAll(async () => {
    // A small batch and a long poll: the relay drained one batch per poll when no delivery
    // followed, so forty events no one subscribed to held the next subscribed one back by ~40 s.
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '100000',
      WEBHOOK_POLL_MS: '2000',
      WEBHOOK_BATCH_SIZE: '2',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    receiverOfHooks = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiverOfHooks.stop();
    await testApp.close();
  });

  it('relays the backlog without pausing between batches, so a subscriber hears of its event soon', async () => {
    const staff = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Portal',
      prefix,
      secretHash: hash,
      scopes: ['webhooks:manage', 'applications:read'],
      regionCode: '32.71',
      expiresAt: null,
      createdBy: staff.id,
    });
    await request(testApp.server)
      .post('/v1/webhooks/subscriptions')
      .set('x-api-key', `mpp_${prefix}_${secret}`)
      .send({ url: receiverOfHooks.url, events: ['application.status_changed'] })
      .expect(201);
    // Forty tickets: forty outbox events this subscriber did not ask for, ahead of its own.
    for (let n = 0; n < 40; n++)
      await request(testApp.server)
        .post(`${BASE}/sites/mpp-kota-bogor/tickets`)
        .send({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el' })
        .expect(201);
    const { trackingCode } = (
      await request(testApp.server)
        .post(`${BASE}/applications`)
        .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Siti Rahayu', nik: NIK, phone: PHONE } })
        .expect(201)
    ).body;
    await waitFor(
      () => receiverOfHooks.received.some((hook) => JSON.parse(hook.body).data.trackingCode === trackingCode),
      12_000,
      'the subscribed event behind the backlog',
    );
  });
});

describe('webhooks in production mode', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP, {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'p'.repeat(40),
      PERSONAL_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      PERSONAL_DATA_INDEX_KEY: randomBytes(32).toString('base64'),
      WEBHOOK_WORKER: 'false',
    });
  });
  afterAll(() => testApp.close());

  it('refuses a subscription to 127.0.0.1, to plain http and to a private address', async () => {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    const staff = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Portal',
      prefix,
      secretHash: hash,
      scopes: ['webhooks:manage', 'applications:read'],
      regionCode: '32.71',
      expiresAt: null,
      createdBy: staff.id,
    });
    const key = `mpp_${prefix}_${secret}`;
    for (const url of [
      'https://127.0.0.1/hooks',
      'http://portal.kotabogor.go.id/hooks',
      'https://10.0.0.5/hooks',
      'https://[::1]/hooks',
      // 127.0.0.1 spelt otherwise: decimal, short, IPv4-mapped and IPv4-compatible IPv6, an absolute name.
      'https://2130706433/hooks',
      'https://127.1/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://[::127.0.0.1]/hooks',
      'https://localhost./hooks',
      'https://169.254.169.254/latest/meta-data',
    ]) {
      const response = await request(testApp.server)
        .post('/v1/webhooks/subscriptions')
        .set('x-api-key', key)
        .send({ url, events: ['application.status_changed'] })
        .expect(400);
      expect(response.body.code).toBe('WEBHOOK_URL_REFUSED');
    }
  });
});
