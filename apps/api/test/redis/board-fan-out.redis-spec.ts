import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, registerDevice, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../../src/api-app.definition';
import { openSse, type SseClient } from '../support/sse-client';

/**
 * Needs a Redis server: run by `npm run test:redis` with TEST_REDIS_URL. Two API instances on
 * one database: a board or a ticket page connected to one sees a call made on the other,
 * through Redis pub/sub (the page's instance recomputes the line's places when it hears it).
 */
const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl) throw new Error('TEST_REDIS_URL is required for the Redis suite (npm run test:redis)');

const SITE = 'mpp-kota-bogor';

describe('live boards across API instances through Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let stream: (SseClient & { status: number }) | undefined;
  const pages: SseClient[] = [];

  beforeAll(async () => {
    const env = {
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `mpp-test-${randomBytes(4).toString('hex')}:`,
      RATE_LIMIT_PUBLIC_PER_MINUTE: '10000',
      // Both instances accept the same access tokens, as instances behind one load balancer do.
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    };
    first = await startTestApp(API_APP, env);
    second = await startTestApp(API_APP, env, { database: first.database });
    await applySampleDeployments(first.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    await second.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    stream?.close();
    for (const page of pages) page.close();
    await second.close();
    await first.close();
  });

  it('shows a call made on one instance to a board connected to the other within a second', async () => {
    const board = await registerDevice(first.app, { regionCode: '32.71', siteCode: SITE, kind: 'board' });
    const port = (second.app.getHttpServer().address() as AddressInfo).port;
    stream = await openSse(`http://127.0.0.1:${port}/v1/regions/32.71/sites/${SITE}/board/events`, { 'X-Device-Token': board });
    expect(stream.status).toBe(200);
    await stream.next((event) => event.type === 'board');

    const officer = await bearerFor(
      first.app,
      await createStaff(first.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda', counterCode: 'loket-6' }),
    );
    const ticket = await request(first.server)
      .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2' })
      .expect(201);
    await request(first.server)
      .post('/v1/regions/32.71/agencies/bapenda/counters/loket-6/open')
      .set('Authorization', officer)
      .send({ siteCode: SITE })
      .expect(200);
    const pressed = Date.now();
    await request(first.server)
      .post('/v1/regions/32.71/agencies/bapenda/counters/loket-6/call-next')
      .set('Authorization', officer)
      .expect(200);
    const called = await stream.next((event) => event.type === 'called', 1_000);
    expect(called.receivedAt - pressed).toBeLessThan(1_000);
    expect(called.data).toMatchObject({ ticketNumber: ticket.body.number, counterCode: 'loket-6' });
  });

  it('moves ticket pages connected to one instance when the other calls, and tells the called one its counter', async () => {
    const officer = await bearerFor(
      first.app,
      await createStaff(first.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil', counterCode: 'loket-3' }),
    );
    const take = () =>
      request(first.server)
        .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
        .send({ agencyCode: 'disdukcapil', serviceCode: 'akta-kelahiran' })
        .expect(201);
    const front = await take();
    const behind = await take();
    const port = (second.app.getHttpServer().address() as AddressInfo).port;
    const open = async (id: string) => {
      const page = await openSse(`http://127.0.0.1:${port}/v1/regions/32.71/tickets/${id}/events`);
      pages.push(page);
      return page;
    };
    const frontPage = await open(front.body.id);
    const behindPage = await open(behind.body.id);
    expect((await frontPage.next((event) => event.type === 'ticket')).data).toMatchObject({ position: 1, status: 'waiting' });
    expect((await behindPage.next((event) => event.type === 'ticket')).data).toMatchObject({ position: 2, status: 'waiting' });

    await request(first.server)
      .post('/v1/regions/32.71/agencies/disdukcapil/counters/loket-3/open')
      .set('Authorization', officer)
      .send({ siteCode: SITE, services: ['akta-kelahiran'] })
      .expect(200);
    const pressed = Date.now();
    const called = await request(first.server)
      .post('/v1/regions/32.71/agencies/disdukcapil/counters/loket-3/call-next')
      .set('Authorization', officer)
      .expect(200);
    expect(called.body.ticket.number).toBe(front.body.number);
    const moved = await behindPage.next((event) => event.type === 'ticket' && event.data['position'] === 1, 1_000);
    expect(moved.receivedAt - pressed).toBeLessThan(1_000);
    const atCounter = await frontPage.next((event) => event.type === 'ticket' && event.data['status'] === 'called', 1_000);
    expect(atCounter.data).toMatchObject({ position: null, counter: { code: 'loket-3', name: 'Loket 3' } });
  });
});
