import { randomUUID } from 'node:crypto';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { applySampleDeployments, bearerFor, createStaff, registerDevice, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { IdempotencyKeyPruner } from '../src/queue/idempotency-key-pruner.service';

const SITE = 'mpp-kota-bogor';
const TICKETS = `/v1/regions/32.71/sites/${SITE}/tickets`;
const counterUrl = (counter: string, action = '') =>
  `/v1/regions/32.71/agencies/disdukcapil/counters/${counter}${action ? `/${action}` : ''}`;

describe('queue: walk-in tickets and counters', () => {
  let testApp: TestApp;
  let kiosk: string;
  const officers: Record<string, string> = {};
  let supervisor: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    kiosk = await registerDevice(testApp.app, { regionCode: '32.71', siteCode: SITE, kind: 'kiosk' });
    for (const counter of ['loket-3', 'loket-4', 'loket-5']) {
      const staff = await createStaff(testApp.app, {
        role: 'counter_officer',
        regionCode: '32.71',
        agencyCode: 'disdukcapil',
        counterCode: counter,
      });
      officers[counter] = await bearerFor(testApp.app, staff);
    }
    supervisor = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
  });
  afterAll(() => testApp.close());

  const take = (serviceCode: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    request(testApp.server)
      .post(TICKETS)
      .set(headers)
      .send({ agencyCode: 'disdukcapil', serviceCode, ...extra });
  const counter = (name: string, action: string, body?: object, bearer = officers[name]) =>
    request(testApp.server)
      .post(counterUrl(name, action))
      .set('Authorization', bearer)
      .send(body ?? {});

  it('numbers hundreds of concurrent walk-in tickets exactly 1..N, then refuses past the daily quota', async () => {
    // Kota Bogor's KTP-el line gives out 200 numbers a day.
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => take('ktp-el', {}, i === 0 ? { 'Idempotency-Key': key } : {})),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const numbers = responses.map((response) => response.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, index) => `A-${String(index + 1).padStart(3, '0')}`));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(200);

    const refused = await take('ktp-el').expect(409);
    expect(refused.body).toMatchObject({
      code: 'DAILY_QUOTA_REACHED',
      message: 'Kuota antrean layanan ini untuk hari ini sudah habis',
      errors: [{ path: 'serviceCode' }],
    });
    // A retry of a request that got its ticket still gets it once the day is full.
    const retried = await take('ktp-el', {}, { 'Idempotency-Key': key }).expect(201);
    expect(retried.body.id).toBe(responses[0].body.id);
    expect(retried.headers['idempotent-replayed']).toBe('true');
  });

  it('gives a retried or double-tapped request the same ticket with an Idempotency-Key', async () => {
    const key = randomUUID();
    const first = await take('kartu-keluarga', {}, { 'Idempotency-Key': key }).expect(201);
    const again = await Promise.all([1, 2, 3, 4].map(() => take('kartu-keluarga', {}, { 'Idempotency-Key': key })));
    for (const response of again) {
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ id: first.body.id, number: first.body.number });
      expect(response.headers['idempotent-replayed']).toBe('true');
    }
    const other = await take('akta-kelahiran', {}, { 'Idempotency-Key': key }).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const next = await take('kartu-keluarga').expect(201);
    expect(next.body.number).toBe(`B-${String(Number(first.body.number.slice(2)) + 1).padStart(3, '0')}`);
  });

  it('issues concurrent first-time idempotent requests once', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 8 }, () => take('akta-kelahiran', {}, { 'Idempotency-Key': key })));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
  });

  it('forgets idempotency keys after 24 hours', async () => {
    const key = randomUUID();
    const first = await take('kartu-keluarga', {}, { 'Idempotency-Key': key }).expect(201);
    await testApp.app.get(DataSource).query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    expect(await testApp.app.get(IdempotencyKeyPruner).prune()).toBeGreaterThanOrEqual(1);
    const later = await take('kartu-keluarga', {}, { 'Idempotency-Key': key }).expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });

  it('lets only kiosks mark priority visitors, and refuses tokens of other sites', async () => {
    expect((await take('kartu-keluarga', { priority: 'elderly' }).expect(400)).body.code).toBe('PRIORITY_NEEDS_KIOSK');
    const marked = await take('kartu-keluarga', { priority: 'elderly' }, { 'X-Device-Token': kiosk }).expect(201);
    expect(marked.body).toMatchObject({ channel: 'kiosk', priority: 'elderly' });

    const otherKiosk = await registerDevice(testApp.app, { regionCode: '36.74', siteCode: 'mpp-tangsel', kind: 'kiosk' });
    expect((await take('kartu-keluarga', {}, { 'X-Device-Token': otherKiosk }).expect(403)).body.code).toBe('DEVICE_OUT_OF_SCOPE');
    expect((await take('kartu-keluarga', {}, { 'X-Device-Token': 'mppd_nonsense' }).expect(401)).body.code).toBe('DEVICE_TOKEN_INVALID');
  });

  it('refuses unknown services and bad input with the offending field', async () => {
    expect((await take('no-such-service').expect(404)).body).toMatchObject({
      code: 'SERVICE_NOT_FOUND',
      errors: [{ path: 'serviceCode' }],
    });
    expect((await take('kartu-keluarga', { phone: '12345' }).expect(400)).body).toMatchObject({
      code: 'PHONE_INVALID',
      errors: [{ path: 'phone' }],
    });
    expect((await take('kartu-keluarga', { extra: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const badCode = await take('Kartu Keluarga').expect(400);
    expect(badCode.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'serviceCode', message: expect.stringContaining('serviceCode terdiri dari 1 sampai 40 huruf kecil') }],
    });
    const inEnglish = await take('Kartu Keluarga').set('accept-language', 'en').expect(400);
    expect(inEnglish.body.errors).toEqual([
      { path: 'serviceCode', message: expect.stringContaining('serviceCode must be 1 to 40 lowercase') },
    ]);
  });

  it('two officers calling at once get different tickets, each in arrival order', async () => {
    for (const name of ['loket-3', 'loket-4', 'loket-5']) {
      await counter(name, 'open', { siteCode: SITE, services: ['ktp-el'] }).expect(200);
    }
    const calls = await Promise.all(['loket-3', 'loket-4', 'loket-5'].map((name) => counter(name, 'call-next').expect(200)));
    const called = calls.map((response) => response.body.ticket.number).sort();
    expect(called).toEqual(['A-001', 'A-002', 'A-003']);
    for (const response of calls)
      expect(response.body.ticket).toMatchObject({ status: 'called', counter: { code: response.body.counterCode } });

    // The counter is busy until its ticket moves on.
    expect((await counter('loket-3', 'call-next').expect(409)).body.code).toBe('COUNTER_BUSY');
    for (const name of ['loket-3', 'loket-4', 'loket-5']) await counter(name, 'skip').expect(200);
  });

  it('moves a ticket only from the states that allow it', async () => {
    const called = await counter('loket-3', 'call-next').expect(200);
    expect(called.body.ticket.number).toBe('A-004');
    expect((await counter('loket-3', 'finish').expect(409)).body.code).toBe('TICKET_STATE_CONFLICT');
    await counter('loket-3', 'recall').expect(200);
    const serving = await counter('loket-3', 'start').expect(200);
    expect(serving.body.ticket.status).toBe('serving');
    const done = await counter('loket-3', 'finish').expect(200);
    expect(done.body).toMatchObject({ ticket: { number: 'A-004', status: 'done' } });
    expect((await counter('loket-3', 'finish').expect(409)).body.code).toBe('NO_CURRENT_TICKET');
  });

  it('holds a ticket and calls it back by number; a waiting ticket out of turn needs a supervisor', async () => {
    await counter('loket-4', 'call-next').expect(200); // A-005
    await counter('loket-4', 'hold').expect(200);
    const back = await counter('loket-4', 'call', { ticketNumber: 'A-005' }).expect(200);
    expect(back.body.ticket).toMatchObject({ number: 'A-005', status: 'called' });
    await counter('loket-4', 'skip').expect(200);

    const refused = await counter('loket-4', 'call', { ticketNumber: 'A-150' }).expect(403);
    // The officer is told why, in their language, not only that their role may not.
    expect(refused.body).toMatchObject({ code: 'CALL_OUT_OF_TURN_NEEDS_SUPERVISOR', message: expect.stringContaining('Hanya supervisor') });
    const outOfTurn = await counter('loket-4', 'call', { ticketNumber: 'A-150' }, supervisor).expect(200);
    expect(outOfTurn.body.ticket.number).toBe('A-150');
    await counter('loket-4', 'skip', {}, supervisor).expect(200);
  });

  it('transfers a ticket to another agency keeping its arrival time', async () => {
    const called = await counter('loket-5', 'call-next').expect(200); // A-006
    const ticketId = called.body.ticket.id as string;
    const before = await request(testApp.server).get(`/v1/regions/32.71/tickets/${ticketId}`).expect(200);
    await counter('loket-5', 'start').expect(200);
    const moved = await counter('loket-5', 'transfer', { agencyCode: 'bapenda', serviceCode: 'pbb-p2' }).expect(200);
    expect(moved.body.ticket).toBeNull();
    const after = await request(testApp.server).get(`/v1/regions/32.71/tickets/${ticketId}`).expect(200);
    expect(after.body).toMatchObject({
      number: 'A-006',
      agencyCode: 'bapenda',
      serviceCode: 'pbb-p2',
      status: 'waiting',
      arrivedAt: before.body.arrivedAt,
    });
    expect(after.body.position).toBe(1);
    const history = await testApp.app
      .get(DataSource)
      .query(`SELECT action, status FROM ticket_event WHERE ticket_id = $1 ORDER BY id`, [ticketId]);
    expect(history).toEqual([
      { action: 'issue', status: 'waiting' },
      { action: 'call', status: 'called' },
      { action: 'start', status: 'serving' },
      { action: 'transfer', status: 'waiting' },
    ]);
    expect(after.body.estimatedWaitMinutes).toEqual(expect.any(Number));
  });

  it('shows a citizen the position and estimated wait, and lets them cancel', async () => {
    const ticket = await take('akta-kelahiran').expect(201);
    const page = await request(testApp.server).get(`/v1/regions/32.71/tickets/${ticket.body.id}`).expect(200);
    expect(page.body).toMatchObject({ status: 'waiting', position: expect.any(Number), estimatedWaitMinutes: expect.any(Number) });
    // The new ticket's own answer already shows the place the page shows.
    expect(ticket.body.position).toBe(page.body.position);
    expect(ticket.body.estimatedWaitMinutes).toBe(page.body.estimatedWaitMinutes);
    await request(testApp.server).post(`/v1/regions/32.71/tickets/${ticket.body.id}/cancel`).expect(200);
    const again = await request(testApp.server).post(`/v1/regions/32.71/tickets/${ticket.body.id}/cancel`).expect(409);
    expect(again.body.code).toBe('TICKET_STATE_CONFLICT');
    await request(testApp.server).get(`/v1/regions/36.74/tickets/${ticket.body.id}`).expect(404);
  });

  it('calls one priority visitor after every three others where the service says so (Samsat, ratio 1:3)', async () => {
    const samsat = (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      request(testApp.server)
        .post(TICKETS)
        .set(headers)
        .send({ agencyCode: 'samsat-bogor', serviceCode: 'pkb-tahunan', ...extra })
        .expect(201);
    const regular = [];
    for (let i = 0; i < 4; i++) regular.push((await samsat()).body.number);
    const priority = [];
    for (const group of ['elderly', 'pregnant'])
      priority.push((await samsat({ priority: group }, { 'X-Device-Token': kiosk })).body.number);

    const officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'samsat-bogor', counterCode: 'loket-17' }),
    );
    const act = (action: string, body: object = {}) =>
      request(testApp.server)
        .post(`/v1/regions/32.71/agencies/samsat-bogor/counters/loket-17/${action}`)
        .set('Authorization', officer)
        .send(body)
        .expect(200);
    await act('open', { siteCode: SITE });
    const called = [];
    for (let i = 0; i < 6; i++) {
      called.push((await act('call-next')).body.ticket.number);
      await act('skip');
    }
    expect(called).toEqual([priority[0], regular[0], regular[1], regular[2], priority[1], regular[3]]);
  });

  it('keeps officers to their own agency and counter', async () => {
    const other = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda', counterCode: 'loket-6' }),
    );
    expect((await counter('loket-3', 'call-next', {}, other).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await counter('loket-4', 'call-next', {}, officers['loket-3']).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server).post(counterUrl('loket-3', 'call-next')).expect(401);
  });

  it('keeps each line’s waiting count on its row, in step with its tickets, through issues, calls, cancels and transfers', async () => {
    // Runs after the moves above (calls, skips, holds, transfers, cancels, priority lines).
    const drift = await testApp.app.get(DataSource).query(
      `SELECT l.prefix, l.service_date, l.waiting, count(t.id)::int AS counted FROM queue_line_day l
       LEFT JOIN ticket t ON t.region_code = l.region_code AND t.site_code = l.site_code AND t.line_prefix = l.prefix
         AND t.service_date = l.service_date AND t.status = 'waiting'
       GROUP BY l.region_code, l.site_code, l.prefix, l.service_date, l.waiting
       HAVING l.waiting <> count(t.id)`,
    );
    expect(drift).toEqual([]);
    const [{ lines }] = await testApp.app.get(DataSource).query(`SELECT count(*)::int AS lines FROM queue_line_day WHERE waiting > 0`);
    expect(lines).toBeGreaterThan(0);
  });
});
