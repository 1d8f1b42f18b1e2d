import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import request from 'supertest';

import { CitizenNotifications, RecordingCitizenNotifications } from '@mpp/integrations';
import { CalendarOverridesRepository, TicketsRepository } from '@mpp/persistence';
import { applySampleDeployments, bearerFor, createStaff, registerDevice, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { NearTurnNotices } from '../src/queue/live/near-turn-notices.service';
import { openSse, type SseClient } from './support/sse-client';

const SITE = 'mpp-kota-bogor';

describe('queue: live boards, ticket pages, notices, figures and closures', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let board: string;
  let officer: string;
  let supervisor: string;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(testApp.app.getHttpServer().address() as AddressInfo).port}`;
    board = await registerDevice(testApp.app, { regionCode: '32.71', siteCode: SITE, kind: 'board' });
    officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda', counterCode: 'loket-6' }),
    );
    supervisor = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' }),
    );
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await testApp.close();
  });

  const take = (serviceCode: string, extra: Record<string, unknown> = {}) =>
    request(testApp.server)
      .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
      .send({ agencyCode: 'bapenda', serviceCode, ...extra })
      .expect(201);
  const counter = (action: string, body: object = {}) =>
    request(testApp.server).post(`/v1/regions/32.71/agencies/bapenda/counters/loket-6/${action}`).set('Authorization', officer).send(body);
  const sse = async (path: string, headers: Record<string, string> = {}) => {
    const client = await openSse(`${baseUrl}${path}`, headers);
    streams.push(client);
    return client;
  };

  it('shows a board the counter’s call within a second, with the words to speak', async () => {
    const stream = await sse(`/v1/regions/32.71/sites/${SITE}/board/events`, { 'X-Device-Token': board });
    expect(stream.status).toBe(200);
    const snapshot = await stream.next((event) => event.type === 'board');
    expect(snapshot.data).toMatchObject({
      regionCode: '32.71',
      siteCode: SITE,
      lines: expect.arrayContaining([expect.objectContaining({ serviceCode: 'pbb-p2', prefix: 'X' })]),
    });

    const first = await take('pbb-p2');
    await counter('open', { siteCode: SITE, services: ['pbb-p2'] }).expect(200);
    const pressed = Date.now();
    await counter('call-next').expect(200);
    const called = await stream.next((event) => event.type === 'called', 1_000);
    expect(called.receivedAt - pressed).toBeLessThan(1_000);
    expect(called.data).toMatchObject({
      ticketNumber: first.body.number,
      counterCode: 'loket-6',
      announcement: { id: 'Nomor antrean X nol nol satu, silakan ke loket enam', en: 'Number X zero zero one, please go to counter six' },
    });
    await stream.next((event) => event.type === 'line' && event.data['serviceCode'] === 'pbb-p2');
    await counter('skip').expect(200);
  });

  it('refuses a board stream without a token, with a kiosk’s token, or for another site', async () => {
    const path = `/v1/regions/32.71/sites/${SITE}/board/events`;
    expect((await request(testApp.server).get(path).expect(401)).body.code).toBe('DEVICE_TOKEN_REQUIRED');
    const kiosk = await registerDevice(testApp.app, { regionCode: '32.71', siteCode: SITE, kind: 'kiosk' });
    expect((await request(testApp.server).get(path).set('X-Device-Token', kiosk).expect(403)).body.code).toBe('DEVICE_OUT_OF_SCOPE');
    const tangselBoard = await registerDevice(testApp.app, { regionCode: '36.74', siteCode: 'mpp-tangsel', kind: 'board' });
    expect((await request(testApp.server).get(path).set('X-Device-Token', tangselBoard).expect(403)).body.code).toBe('DEVICE_OUT_OF_SCOPE');
    expect(
      (await request(testApp.server).get(`/v1/regions/32.71/sites/${SITE}/board`).set('X-Device-Token', board).expect(200)).body.siteCode,
    ).toBe(SITE);
  });

  it('streams a ticket’s position as the line moves, and tells its owner when few are ahead', async () => {
    const ahead = [];
    for (let i = 0; i < 4; i++) ahead.push(await take('bphtb'));
    const mine = await take('bphtb', { phone: '0812-3456-7890' });
    expect(mine.body.notice).toBe(true);
    expect(JSON.stringify(mine.body)).not.toContain('34567890');
    const stream = await sse(`/v1/regions/32.71/tickets/${mine.body.id}/events`);
    const initial = await stream.next((event) => event.type === 'ticket');
    expect(initial.data).toMatchObject({ number: mine.body.number, position: 5, status: 'waiting' });

    const notices = testApp.app.get(CitizenNotifications) as RecordingCitizenNotifications;
    await counter('open', { siteCode: SITE, services: ['bphtb'] }).expect(200);
    await counter('call-next').expect(200);
    await counter('skip').expect(200);
    await stream.next((event) => event.type === 'ticket' && event.data['position'] === 4, 3_000);
    expect(notices.messages(`${SITE}/${mine.body.serviceDate}/${mine.body.number}`)).toEqual([]);

    await counter('call-next').expect(200);
    await counter('skip').expect(200);
    await stream.next((event) => event.type === 'ticket' && event.data['position'] === 3, 3_000);
    await waitFor(() => notices.messages(`${SITE}/${mine.body.serviceDate}/${mine.body.number}`).length === 1);
    const [notice] = notices.messages(`${SITE}/${mine.body.serviceDate}/${mine.body.number}`);
    expect(notice).toMatchObject({ to: '+6281234567890', channel: 'whatsapp' });
    expect(notice.text).toContain(`nomor antrean ${mine.body.number}`);
    expect(notice.text).toContain('tinggal 2 orang lagi');

    // One notice per ticket, however often the line moves afterwards.
    await counter('call-next').expect(200);
    await counter('skip').expect(200);
    await stream.next((event) => event.type === 'ticket' && event.data['position'] === 2, 3_000);
    // Run the notice pass of this line once more and wait for it, rather than sleep and hope the
    // automatic one ran: the ticket's claim must hold, whichever pass comes.
    await testApp.app.get(NearTurnNotices).notify({
      regionCode: '32.71',
      siteCode: SITE,
      serviceDate: mine.body.serviceDate,
      agencyCode: mine.body.agencyCode,
      serviceCode: 'bphtb',
    });
    expect(notices.messages(`${SITE}/${mine.body.serviceDate}/${mine.body.number}`)).toHaveLength(1);
  });

  it('computes a line’s places once per call for every page watching it, and moves them all', async () => {
    const tickets: { body: { id: string; number: string } }[] = [];
    for (let i = 0; i < 12; i++) tickets.push(await take('bphtb'));
    const pages = await Promise.all(tickets.map((ticket) => sse(`/v1/regions/32.71/tickets/${ticket.body.id}/events`)));
    const before = await Promise.all(pages.map((page) => page.next((event) => event.type === 'ticket')));
    const positions = before.map((event) => event.data['position'] as number);
    expect(new Set(positions).size).toBe(tickets.length);

    const repository = testApp.app.get(TicketsRepository);
    const lineView = jest.spyOn(repository, 'lineView');
    const findMany = jest.spyOn(repository, 'findMany');
    const find = jest.spyOn(repository, 'find');
    try {
      await counter('open', { siteCode: SITE, services: ['bphtb'] }).expect(200);
      const called = await counter('call-next').expect(200);
      const moved = await Promise.all(
        pages.map((page, index) =>
          page.next(
            (event) =>
              event.type === 'ticket' &&
              (event.data['number'] === called.body.ticket.number
                ? event.data['status'] === 'called'
                : event.data['position'] === positions[index] - 1),
            3_000,
          ),
        ),
      );
      expect(moved).toHaveLength(pages.length);
      // One read of the line per change heard (the call, and the counter's own trailing change at most), one of the tickets that left it: never one per page.
      expect(lineView.mock.calls.length).toBeLessThanOrEqual(2);
      expect(findMany.mock.calls.length).toBeLessThanOrEqual(2);
      expect(find.mock.calls.filter(([, id]) => tickets.some((ticket) => ticket.body.id === id))).toEqual([]);
    } finally {
      lineView.mockRestore();
      findMany.mockRestore();
      find.mockRestore();
    }
    await counter('skip').expect(200);
  });

  it('keeps the day’s figures per service, agency and counter as tickets move', async () => {
    const ticket = await take('pbb-p2');
    await counter('open', { siteCode: SITE, services: ['pbb-p2'] }).expect(200);
    const called = await counter('call-next').expect(200);
    expect(called.body.ticket.number).toBe(ticket.body.number);
    await counter('start').expect(200);
    await counter('finish').expect(200);

    const figures = await request(testApp.server).get('/v1/regions/32.71/queue/figures').set('Authorization', supervisor).expect(200);
    const pbb = figures.body.services.find((line: { serviceCode: string }) => line.serviceCode === 'pbb-p2');
    expect(pbb).toMatchObject({
      agencyCode: 'bapenda',
      tickets: 2,
      called: 2,
      served: 1,
      noShows: 1,
      meanWaitMinutes: expect.any(Number),
      p90WaitMinutes: 1,
    });
    expect(pbb.p90ServiceMinutes).toBe(1);
    expect(figures.body.agencies).toEqual([expect.objectContaining({ agencyCode: 'bapenda', served: 1 })]);
    expect(figures.body.counters).toEqual([expect.objectContaining({ agencyCode: 'bapenda', counterCode: 'loket-6', served: 1 })]);

    // A supervisor sees their own agency only; an officer sees none.
    await request(testApp.server)
      .get('/v1/regions/32.71/queue/figures?agencyCode=disdukcapil')
      .set('Authorization', supervisor)
      .expect(403);
    await request(testApp.server).get('/v1/regions/32.71/queue/figures').set('Authorization', officer).expect(403);
  });

  it('refuses tickets while a service is closed, with the reason', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await testApp.app.get(CalendarOverridesRepository).insert({
      id: randomUUID(),
      regionCode: '36.74',
      siteCode: 'mpp-tangsel',
      agencyCode: null,
      serviceCode: null,
      date: today,
      kind: 'closed',
      hours: null,
      reason: 'Pemadaman listrik',
      createdBy: 'test',
    });
    const refused = await request(testApp.server)
      .post('/v1/regions/36.74/sites/mpp-tangsel/tickets')
      .send({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'SERVICE_CLOSED', errors: [{ path: 'serviceCode' }] });
    expect(refused.body.errors[0].message).toContain('Pemadaman listrik');
  });

  it('tells a board the count a burst of tickets left, from the issuing statements', async () => {
    const stream = await sse(`/v1/regions/32.71/sites/${SITE}/board/events`, { 'X-Device-Token': board });
    await stream.next((event) => event.type === 'board');
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(testApp.server)
          .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
          .send({ agencyCode: 'dpmptsp-jabar', serviceCode: 'izin-provinsi' })
          .expect(201),
      ),
    );
    expect(burst.map((response) => response.body.position as number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Issues gathered into one event tell the count of the highest number: the line's events end at 8, none says more.
    const isLine = (event: { type: string; data: Record<string, unknown> }) =>
      event.type === 'line' && event.data['serviceCode'] === 'izin-provinsi';
    await stream.next((event) => isLine(event) && event.data['waiting'] === 8, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = stream.events.filter(isLine).map((event) => event.data['waiting'] as number);
    expect(Math.max(...counts)).toBe(8);
    expect(counts.at(-1)).toBe(8);
  });

  it('keeps a counter officer out of another region’s counters', async () => {
    const response = await request(testApp.server)
      .post('/v1/regions/36.74/agencies/bapenda/counters/loket-6/call-next')
      .set('Authorization', officer)
      .expect(403);
    expect(response.body.code).toBe('OUT_OF_SCOPE');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
