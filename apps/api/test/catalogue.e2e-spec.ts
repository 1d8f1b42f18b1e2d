import { CalendarOverridesRepository, NationalCalendarRepository } from '@mpp/persistence';
import { applySampleDeployments, startTestApp, type TestApp } from '@mpp/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { API_APP } from '../src/api-app.definition';

describe('public catalogue', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml']);
  });
  afterAll(() => testApp.close());

  const get = (url: string) => request(testApp.server).get(url);

  it('shows the mall with its sites, hours and whether it is open now', async () => {
    const response = await get('/v1/regions/32.71/mall').expect(200);
    expect(response.body).toMatchObject({
      regionCode: '32.71',
      regionName: 'KOTA BOGOR',
      timeZone: 'WIB',
      rolloutStatus: 'inaugurated',
      agencyCount: 13,
      serviceCount: 17,
    });
    const [site] = response.body.sites;
    expect(site).toMatchObject({ code: 'mpp-kota-bogor', kind: 'mall', coordinates: { lat: -6.5951, lon: 106.7972 } });
    expect(typeof site.now.open).toBe('boolean');
    expect(site.now.open ? site.now.openUntil : site.now.nextOpening).toEqual(expect.any(String));
    // The same instant on the mall's own clock (WIB, UTC+7).
    const [instant, local] = site.now.open ? [site.now.openUntil, site.now.openUntilLocal] : [site.now.nextOpening, site.now.nextOpeningLocal];
    expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$/);
    expect(new Date(local).getTime()).toBe(new Date(instant).getTime());
    expect(response.headers['cache-control']).toBe('public, max-age=60');
  });

  it('lists the agencies', async () => {
    const response = await get('/v1/regions/36.74/agencies').expect(200);
    expect(response.body.total).toBe(17);
    expect(response.body.items.map((agency: { code: string }) => agency.code)).toEqual(
      expect.arrayContaining(['kejari-tangsel', 'pos-indonesia', 'bank-bjb']),
    );
  });

  it.each([
    ['akta kelahiran', 'akta-kelahiran'],
    ['AKTA KELAHÍRAN', 'akta-kelahiran'],
    ['paspor', 'paspor-baru'],
    ['ktp', 'ktp-el'],
    ['pajak kendaraan', 'pkb-tahunan'],
    ['sertifikat tanah', 'pengecekan-sertifikat'],
  ])('finds %j first as %s', async (q, code) => {
    const response = await get(`/v1/regions/32.71/services?q=${encodeURIComponent(q)}`).expect(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(response.body.items[0].code).toBe(code);
  });

  it('ranks a match in the name above a match elsewhere', async () => {
    // "KTP-el" is a requirement of many services but the name of one.
    const response = await get('/v1/regions/32.71/services?q=ktp').expect(200);
    expect(response.body.total).toBeGreaterThan(3);
    expect(response.body.items[0]).toMatchObject({ code: 'ktp-el', agencyCode: 'disdukcapil', fee: { amount: 0, free: true } });
  });

  it('filters by agency and pages', async () => {
    const response = await get('/v1/regions/32.71/services?agency=disdukcapil&pageSize=2').expect(200);
    expect(response.body).toMatchObject({ total: 3, totalPages: 2, page: 1 });
    const past = await get('/v1/regions/32.71/services?agency=disdukcapil&page=5&pageSize=2').expect(200);
    expect(past.body).toMatchObject({ items: [], total: 3 });
  });

  it('finds nothing for words no service has', async () => {
    const response = await get('/v1/regions/32.71/services?q=helikopter').expect(200);
    expect(response.body).toMatchObject({ items: [], total: 0 });
  });

  it('shows a service with its full standard, fee and where it is offered', async () => {
    const response = await get('/v1/regions/32.71/agencies/imigrasi-bogor/services/paspor-baru').expect(200);
    expect(response.body).toMatchObject({
      name: 'Penerbitan Paspor Biasa 48 Halaman',
      fee: { amount: 350000, free: false },
      queueMode: 'booking',
      ticketPrefix: 'P',
      standard: { product: 'Paspor biasa 48 halaman', completionTime: { value: 4, unit: 'working_days' } },
    });
    expect(response.body.standard.requirements.length).toBeGreaterThan(2);
    expect(response.body.sites[0].code).toBe('mpp-kota-bogor');
    expect(response.body.callOrder).toEqual({ strategy: 'fcfs' });
  });

  it('shows how a service calls its queue', async () => {
    const samsat = await get('/v1/regions/32.71/agencies/samsat-bogor/services/pkb-tahunan').expect(200);
    expect(samsat.body).toMatchObject({ callOrder: { strategy: 'ratio', regularPerPriority: 3 }, dailyQuota: 300 });
    const ktp = await get('/v1/regions/32.71/agencies/disdukcapil/services/ktp-el').expect(200);
    expect(ktp.body.callOrder).toEqual({ strategy: 'booked_first', windowMinutes: 15 });
  });

  it.each([
    ['/v1/regions/3271/mall', 400, 'REGION_CODE_INVALID'],
    ['/v1/regions/32.99/mall', 404, 'REGION_NOT_FOUND'],
    ['/v1/regions/35.22/mall', 404, 'DEPLOYMENT_NOT_FOUND'],
    ['/v1/regions/35.22/services', 404, 'DEPLOYMENT_NOT_FOUND'],
    ['/v1/regions/32.71/agencies/imigrasi-bogor/services/visa', 404, 'SERVICE_NOT_FOUND'],
    ['/v1/regions/32.71/services?pageSize=500', 400, 'VALIDATION_FAILED'],
    ['/v1/regions/32.71/services?agency=Not%20A%20Code', 400, 'VALIDATION_FAILED'],
    [`/v1/regions/32.71/services?q=${'x'.repeat(101)}`, 400, 'VALIDATION_FAILED'],
  ])('answers %s with %i %s', async (url, status, code) => {
    const response = await get(url).expect(status);
    expect(response.body.code).toBe(code);
  });
});

describe('opening status from national holidays and overrides', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kabupaten-bojonegoro.yaml']);
  });
  afterAll(() => testApp.close());

  /** Today in WIB, the zone of both sample regions. */
  const todayWib = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

  it('closes every mall on a national holiday', async () => {
    await testApp.app.get(NationalCalendarRepository).replace({
      apiVersion: 'mpp.go.id/v1',
      kind: 'NationalCalendar',
      holidays: [{ date: todayWib(), reason: 'Hari libur uji' }],
      cutiBersama: [],
    });
    const response = await request(testApp.server).get('/v1/regions/35.22/mall').expect(200);
    expect(response.body.sites[0].now).toMatchObject({
      date: todayWib(),
      open: false,
      closedReason: 'holiday',
      closedLabel: 'Hari libur uji',
    });
  });

  it('follows a region’s override for today, for the site and for one service', async () => {
    await testApp.app
      .get(NationalCalendarRepository)
      .replace({ apiVersion: 'mpp.go.id/v1', kind: 'NationalCalendar', holidays: [], cutiBersama: [] });
    const overrides = testApp.app.get(CalendarOverridesRepository);
    const base = { regionCode: '32.71', siteCode: 'mpp-kota-bogor', date: todayWib(), hours: null, createdBy: 'test' };
    await overrides.insert({
      ...base,
      id: randomUUID(),
      agencyCode: 'imigrasi-bogor',
      serviceCode: 'paspor-baru',
      kind: 'closed',
      reason: 'Gangguan sistem SIMKIM',
    });
    const passport = await request(testApp.server).get('/v1/regions/32.71/agencies/imigrasi-bogor/services/paspor-baru').expect(200);
    expect(passport.body.sites[0].now).toMatchObject({ open: false, closedReason: 'override', closedLabel: 'Gangguan sistem SIMKIM' });

    await overrides.insert({ ...base, id: randomUUID(), agencyCode: null, serviceCode: null, kind: 'closed', reason: 'Pemadaman listrik' });
    const mall = await request(testApp.server).get('/v1/regions/32.71/mall').expect(200);
    expect(mall.body.sites[0].now).toMatchObject({ open: false, closedReason: 'override', closedLabel: 'Pemadaman listrik' });
  });
});
