import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, registerDevice, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const SITE = 'mpp-kota-bogor';
const SLOTS = `/v1/regions/32.71/sites/${SITE}/agencies/disdukcapil/services/ktp-el/slots`;

interface Slot {
  start: string;
  capacity: number;
  available: number;
}

describe('queue: booked slots and check-in', () => {
  let testApp: TestApp;
  let kiosk: string;
  let officer: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    kiosk = await registerDevice(testApp.app, { regionCode: '32.71', siteCode: SITE, kind: 'kiosk' });
    officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil', counterCode: 'loket-3' }),
    );
  });
  afterAll(() => testApp.close());

  const wib = (offsetDays = 0) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  /** The upcoming slots, crossing midnight when today has few left (the test sites open all day). */
  const upcoming = async (): Promise<Slot[]> => {
    const today = (await request(testApp.server).get(SLOTS).query({ date: wib() }).expect(200)).body.items as Slot[];
    const tomorrow = (
      await request(testApp.server)
        .get(SLOTS)
        .query({ date: wib(1) })
        .expect(200)
    ).body.items as Slot[];
    return [...today, ...tomorrow];
  };
  const book = (slotStart: string, phone: string, extra: Record<string, unknown> = {}) =>
    request(testApp.server)
      .post('/v1/regions/32.71/bookings')
      .send({ siteCode: SITE, agencyCode: 'disdukcapil', serviceCode: 'ktp-el', slotStart, name: 'Siti Rahayu', phone, ...extra });

  it('lists slots from the opening hours with their free places', async () => {
    const slots = await upcoming();
    expect(slots.length).toBeGreaterThan(90);
    expect(slots[0]).toMatchObject({ capacity: 5, available: 5 });
    expect(new Date(slots[1].start).getTime() - new Date(slots[0].start).getTime()).toBe(15 * 60_000);
    expect(new Date(slots[0].start).getTime()).toBeGreaterThan(Date.now());
    await request(testApp.server).get(SLOTS).query({ date: '2020-01-01' }).expect(400);
    const walkInOnly = await request(testApp.server)
      .get(`/v1/regions/32.71/sites/${SITE}/agencies/bapenda/services/pbb-p2/slots`)
      .query({ date: wib() })
      .expect(409);
    expect(walkInOnly.body.code).toBe('BOOKING_NOT_OFFERED');
  });

  it('gives the last places of a slot to exactly as many people as it holds, under a burst', async () => {
    const slot = (await upcoming())[8];
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => book(slot.start, `08130000${String(i).padStart(4, '0')}`)));
    expect(responses.filter((response) => response.status === 201)).toHaveLength(5);
    const refused = responses.filter((response) => response.status !== 201);
    expect(refused.map((response) => response.body.code)).toEqual(Array(7).fill('SLOT_FULL'));
    const after = (await upcoming()).find((candidate) => candidate.start === slot.start);
    expect(after?.available).toBe(0);
  });

  it('keeps one live booking per mobile number, service and day; masks what it echoes', async () => {
    const slot = (await upcoming())[10];
    const first = await book(slot.start, '0812-1111-2222', { nik: '3271014501900001' }).expect(201);
    expect(first.body).toMatchObject({ status: 'booked', name: 'S*** R*****', phone: '+62812*****222', nik: '3271********0001' });
    expect(first.body.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(JSON.stringify(first.body)).not.toContain('3271014501900001');
    expect((await book((await upcoming())[11].start, '+6281211112222').expect(409)).body.code).toBe('BOOKING_EXISTS');
    expect((await book(slot.start, '0812-1111-3333', { nik: '12345' }).expect(400)).body).toMatchObject({
      code: 'INVALID_NIK',
      errors: [{ path: 'nik' }],
    });
    expect((await book('2026-01-01T00:07:00.000Z', '0812-1111-4444').expect(400)).body.code).toBe('BOOKING_DATE_INVALID');
  });

  it('shows a booking by its code to whoever holds it, without the name, phone or NIK', async () => {
    const slot = (await upcoming())[14];
    const booking = await book(slot.start, '0812-7777-8888', { nik: '3271014501900002' }).expect(201);
    const page = await request(testApp.server).get(`/v1/regions/32.71/bookings/${booking.body.code}`).expect(200);
    expect(page.body).toEqual({
      code: booking.body.code,
      regionCode: '32.71',
      siteCode: SITE,
      agencyCode: 'disdukcapil',
      serviceCode: 'ktp-el',
      slotStart: slot.start,
      status: 'booked',
      ticketId: null,
    });
    const unknown = await request(testApp.server).get('/v1/regions/32.71/bookings/ZZZZZZZZ').expect(404);
    expect(unknown.body.code).toBe('BOOKING_NOT_FOUND');
    // Codes are per region: another region's address does not find it.
    await request(testApp.server).get(`/v1/regions/36.74/bookings/${booking.body.code}`).expect(404);
  });

  it('cancels with the mobile number it was made with and gives the place back', async () => {
    const slot = (await upcoming())[12];
    const booking = await book(slot.start, '0812-2222-3333').expect(201);
    const cancelUrl = `/v1/regions/32.71/bookings/${booking.body.code}/cancel`;
    await request(testApp.server).post(cancelUrl).send({ phone: '0812-9999-9999' }).expect(404);
    expect((await request(testApp.server).post(cancelUrl).send({ phone: '0812-2222-3333' }).expect(200)).body.status).toBe('cancelled');
    expect((await upcoming()).find((candidate) => candidate.start === slot.start)?.available).toBe(5);
    await request(testApp.server).post(cancelUrl).send({ phone: '0812-2222-3333' }).expect(409);
    await book(slot.start, '0812-2222-3333').expect(201);
  });

  it('checks a booking in at the kiosk near its slot and calls it ahead of walk-ins', async () => {
    const [slot] = await upcoming();
    const booking = await book(slot.start, '0812-3333-4444').expect(201);
    const walkIn = await request(testApp.server)
      .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
      .send({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el' })
      .expect(201);
    const checkIns = `/v1/regions/32.71/sites/${SITE}/check-ins`;
    await request(testApp.server).post(checkIns).send({ bookingCode: booking.body.code }).expect(401);
    const ticket = await request(testApp.server)
      .post(checkIns)
      .set('X-Device-Token', kiosk)
      .send({ bookingCode: booking.body.code })
      .expect(201);
    expect(ticket.body).toMatchObject({ channel: 'booking', slotStart: slot.start, status: 'waiting', notice: true });
    expect(ticket.body.number).toBe('A-002');
    const twice = await request(testApp.server)
      .post(checkIns)
      .set('X-Device-Token', kiosk)
      .send({ bookingCode: booking.body.code })
      .expect(409);
    expect(twice.body.code).toBe('BOOKING_NOT_ACTIVE');
    // The citizen's booking page now leads to the ticket.
    const page = await request(testApp.server).get(`/v1/regions/32.71/bookings/${booking.body.code.toLowerCase()}`).expect(200);
    expect(page.body).toMatchObject({ status: 'checked_in', ticketId: ticket.body.id });

    // ktp-el in Kota Bogor calls due bookings first (booked_first): the later ticket goes first.
    const counter = (action: string, body: object = {}) =>
      request(testApp.server)
        .post(`/v1/regions/32.71/agencies/disdukcapil/counters/loket-3/${action}`)
        .set('Authorization', officer)
        .send(body);
    await counter('open', { siteCode: SITE, services: ['ktp-el'] }).expect(200);
    expect((await counter('call-next').expect(200)).body.ticket.number).toBe(ticket.body.number);
    await counter('skip').expect(200);
    expect((await counter('call-next').expect(200)).body.ticket.number).toBe(walkIn.body.number);
  });

  it('refuses a check-in long before the slot', async () => {
    const slots = await upcoming();
    const later = slots[slots.length - 1];
    const booking = await book(later.start, '0812-5555-6666').expect(201);
    const early = await request(testApp.server)
      .post(`/v1/regions/32.71/sites/${SITE}/check-ins`)
      .set('X-Device-Token', kiosk)
      .send({ bookingCode: booking.body.code })
      .expect(409);
    expect(early.body.code).toBe('CHECK_IN_TOO_EARLY');
  });
});
