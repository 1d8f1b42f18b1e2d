import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { loadNationalCalendar, loadTemplates, type RegionDeployment, validateDeployment } from '@mpp/deployment';
import { RegionCode } from '@mpp/domain';
import { applyDeployment, CalendarOverridesRepository, NationalCalendarRepository } from '@mpp/persistence';
import { applySampleDeployments, DEPLOYMENTS_DIR, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { CatalogueService } from '../src/catalogue/catalogue.service';

const BOJONEGORO = RegionCode.parse('35.22');

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
      regionName: 'Kota Bogor',
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
    const [instant, local] = site.now.open
      ? [site.now.openUntil, site.now.openUntilLocal]
      : [site.now.nextOpening, site.now.nextOpeningLocal];
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

  it.each([
    // Indonesian word forms: the stem of the query finds the other forms of the word.
    ['lahir', 'akta-kelahiran'],
    ['kelahiran', 'akta-kelahiran'],
    ['daftar npwp', 'npwp'],
    ['bayar pajak kendaraan', 'pkb-tahunan'],
    ['izin provinsi', 'izin-provinsi'],
  ])('understands the Indonesian word form %j (finds %s first)', async (q, code) => {
    const response = await get(`/v1/regions/32.71/services?q=${encodeURIComponent(q)}`).expect(200);
    expect(response.body.items[0]?.code).toBe(code);
  });

  it('finds by a word form only PostgreSQL’s Indonesian stemmer relates (lahir → kelahiran), which a prefix search misses', async () => {
    // "lahir" is neither a word nor the start of a word of "Penerbitan Akta Kelahiran".
    const response = await get('/v1/regions/32.71/services?q=lahir').expect(200);
    const codes = response.body.items.map((item: { code: string }) => item.code);
    expect(codes).toContain('akta-kelahiran');
    expect('penerbitan akta kelahiran'.split(' ').some((word) => word.startsWith('lahir'))).toBe(false);
  });

  it.each([
    ['akta kelahrian', 'akta-kelahiran'],
    ['akte kelahran', 'akta-kelahiran'],
    ['pasport', 'paspor-baru'],
    ['kartu keluaga', 'kartu-keluarga'],
    ['sertifkat tanah', 'pengecekan-sertifikat'],
  ])('forgives the typo %j in a name (finds %s first)', async (q, code) => {
    const response = await get(`/v1/regions/32.71/services?q=${encodeURIComponent(q)}`).expect(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(response.body.items[0].code).toBe(code);
  });

  it('reads a corrected typo as the word: the service it names first, then those that merely require it', async () => {
    // Passport applicants bring their "akta kelahiran": found through the corrected words, after the service named by them.
    const response = await get('/v1/regions/32.71/services?q=akte%20kelahran').expect(200);
    const codes = response.body.items.map((item: { code: string }) => item.code);
    expect(codes[0]).toBe('akta-kelahiran');
    expect(codes.slice(1)).toContain('paspor-baru');
  });

  it('forgives a typo within one agency, and keeps the total on a page past the last', async () => {
    const within = await get('/v1/regions/32.71/services?agency=disdukcapil&q=akte%20kelahran').expect(200);
    expect(within.body.items[0]).toMatchObject({ code: 'akta-kelahiran', agencyCode: 'disdukcapil' });
    expect(within.body.items.every((item: { agencyCode: string }) => item.agencyCode === 'disdukcapil')).toBe(true);
    const first = await get('/v1/regions/32.71/services?q=ktp&pageSize=2').expect(200);
    expect(first.body.total).toBeGreaterThan(3);
    const past = await get('/v1/regions/32.71/services?q=ktp&pageSize=2&page=50').expect(200);
    expect(past.body).toMatchObject({ items: [], total: first.body.total });
  });

  it('does not guess from a short typo, nor from a long word near no name', async () => {
    for (const q of ['kpt', 'helikoptr']) {
      const response = await get(`/v1/regions/32.71/services?q=${q}`).expect(200);
      expect(response.body).toMatchObject({ items: [], total: 0 });
    }
  });

  it('ranks a word form in the name above the same word elsewhere', async () => {
    // Passport and SKCK applicants bring their "akta kelahiran": a requirement, not the service's name.
    const response = await get('/v1/regions/32.71/services?q=lahir').expect(200);
    expect(response.body.total).toBeGreaterThan(1);
    expect(response.body.items[0].code).toBe('akta-kelahiran');
    expect(response.body.items.slice(1).map((item: { code: string }) => item.code)).toContain('paspor-baru');
  });

  it('ranks the service named by the words above the services that merely require them', async () => {
    // "kartu keluarga": the KK service by name; the passport and SKCK, which require a KK, after it.
    const exact = await get('/v1/regions/32.71/services?q=kartu%20keluarga').expect(200);
    expect(exact.body.items[0].code).toBe('kartu-keluarga');
    expect(exact.body.total).toBeGreaterThan(2);
  });

  it('lists each service with the same summary its detail starts with', async () => {
    const list = await get('/v1/regions/32.71/services?pageSize=100').expect(200);
    expect(list.body.items.length).toBe(list.body.total);
    for (const item of list.body.items.slice(0, 5)) {
      const detail = await get(`/v1/regions/32.71/agencies/${item.agencyCode}/services/${item.code}`).expect(200);
      expect(Object.keys(item).sort()).toEqual(
        [
          'agencyCode',
          'agencyName',
          'code',
          'name',
          'fee',
          'completionTime',
          'queueMode',
          ...('description' in detail.body ? ['description'] : []),
        ].sort(),
      );
      expect(detail.body).toMatchObject(item);
    }
  });

  it('filters by agency and pages', async () => {
    const response = await get('/v1/regions/32.71/services?agency=disdukcapil&pageSize=2').expect(200);
    expect(response.body).toMatchObject({ total: 3, totalPages: 2, page: 1 });
    const past = await get('/v1/regions/32.71/services?agency=disdukcapil&page=5&pageSize=2').expect(200);
    expect(past.body).toMatchObject({ items: [], total: 3 });
  });

  it('leaves out the services of an agency taken out of the catalogue, in a search and in the total past the last page', async () => {
    const dataSource = testApp.app.get(DataSource);
    const ofDisdukcapil = (items: { agencyCode: string }[]) => items.filter((item) => item.agencyCode === 'disdukcapil').length;
    const before = await get('/v1/regions/32.71/services?q=kartu&pageSize=100').expect(200);
    expect(ofDisdukcapil(before.body.items)).toBeGreaterThan(0);
    await dataSource.query(`UPDATE agency SET active = false WHERE region_code = '32.71' AND code = 'disdukcapil'`);
    try {
      const after = await get('/v1/regions/32.71/services?q=kartu&pageSize=100').expect(200);
      expect(ofDisdukcapil(after.body.items)).toBe(0);
      expect(after.body.total).toBe(before.body.total - ofDisdukcapil(before.body.items));
      const all = await get('/v1/regions/32.71/services?pageSize=100').expect(200);
      const past = await get('/v1/regions/32.71/services?page=50&pageSize=2').expect(200);
      expect(past.body).toMatchObject({ items: [], total: all.body.total });
      expect(ofDisdukcapil(all.body.items)).toBe(0);
    } finally {
      await dataSource.query(`UPDATE agency SET active = true WHERE region_code = '32.71' AND code = 'disdukcapil'`);
    }
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
    ['/v1/regions/32.99/services?q=ktp', 404, 'REGION_NOT_FOUND'],
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
      years: [{ year: Number(todayWib().slice(0, 4)), status: 'provisional', source: 'test' }],
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

  it('lists the coming holidays on days the mall would open, so a citizen sees them before the trip', async () => {
    // The next Tuesday in WIB: Bojonegoro's mall opens on Tuesdays.
    const today = new Date(`${todayWib()}T00:00:00Z`);
    const daysToTuesday = (2 - today.getUTCDay() + 7) % 7 || 7;
    const tuesday = new Date(today.getTime() + daysToTuesday * 86_400_000).toISOString().slice(0, 10);
    const years = [...new Set([todayWib(), tuesday].map((date) => Number(date.slice(0, 4))))];
    await testApp.app.get(NationalCalendarRepository).replace({
      apiVersion: 'mpp.go.id/v1',
      kind: 'NationalCalendar',
      years: years.map((year) => ({ year, status: 'provisional', source: 'test' })),
      holidays: [{ date: tuesday, reason: 'Hari libur uji berikutnya' }],
      cutiBersama: [],
    });
    const response = await request(testApp.server).get('/v1/regions/35.22/mall').expect(200);
    expect(response.body.sites[0].specialDays).toContainEqual({ date: tuesday, open: false, reason: 'Hari libur uji berikutnya' });
  });

  it('follows a region’s override for today, for the site and for one service', async () => {
    await testApp.app.get(NationalCalendarRepository).replace({
      apiVersion: 'mpp.go.id/v1',
      kind: 'NationalCalendar',
      years: [{ year: Number(todayWib().slice(0, 4)), status: 'provisional', source: 'test' }],
      holidays: [],
      cutiBersama: [],
    });
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

  it('warns in the mall answer while the national calendar does not cover the next 90 days, and not once it does', async () => {
    const calendar = testApp.app.get(NationalCalendarRepository);
    const thisYear = Number(todayWib().slice(0, 4));
    const load = (year: number) =>
      calendar.replace({
        apiVersion: 'mpp.go.id/v1',
        kind: 'NationalCalendar',
        years: [{ year, status: 'provisional', source: 'test' }],
        holidays: [{ date: `${year}-08-17`, reason: 'Hari Kemerdekaan Republik Indonesia' }],
        cutiBersama: [],
      });
    await testApp.app.get(DataSource).query(`DELETE FROM national_calendar_year WHERE year >= $1`, [thisYear]);
    const warned = await request(testApp.server).get('/v1/regions/35.22/mall').set('accept-language', 'en').expect(200);
    expect(warned.headers['vary']).toContain('Accept-Language');
    expect(warned.body.warnings).toEqual([
      {
        code: 'NATIONAL_CALENDAR_NOT_COVERED',
        uncoveredFrom: todayWib(),
        missingYears: expect.arrayContaining([thisYear]),
        message: expect.stringContaining('national calendar'),
      },
    ]);
    await load(thisYear);
    await load(thisYear + 1);
    const covered = await request(testApp.server).get('/v1/regions/35.22/mall').expect(200);
    expect(covered.body.warnings).toBeUndefined();
  });

  it('closes the mall on New Year’s Day 2027 and opens it on 31 Dec 2026 and 4 Jan 2027, from the national file', async () => {
    const { calendar } = loadNationalCalendar(DEPLOYMENTS_DIR);
    await testApp.app.get(NationalCalendarRepository).replace(calendar as NonNullable<typeof calendar>);
    const catalogue = testApp.app.get(CatalogueService);
    const at = async (instant: string) => (await catalogue.mall(BOJONEGORO, 'id', new Date(instant))).sites[0].now;
    expect(await at('2026-12-31T08:00:00+07:00')).toMatchObject({ date: '2026-12-31', open: true });
    expect(await at('2027-01-01T08:00:00+07:00')).toMatchObject({
      date: '2027-01-01',
      open: false,
      closedReason: 'holiday',
      closedLabel: 'Tahun Baru 2027 Masehi',
      nextOpening: '2027-01-04T00:30:00.000Z',
    });
    expect(await at('2027-01-04T08:00:00+07:00')).toMatchObject({ date: '2027-01-04', open: true });
  });

  it('counts working days across the turn of the year for a service’s due date', async () => {
    const { calendar } = loadNationalCalendar(DEPLOYMENTS_DIR);
    await testApp.app.get(NationalCalendarRepository).replace(calendar as NonNullable<typeof calendar>);
    const catalogue = testApp.app.get(CatalogueService);
    const due = async (service: string, instant: string) =>
      (await catalogue.service(BOJONEGORO, 'disdukcapil', service, new Date(instant))).expectedCompletion;
    // One working day from Thursday 31 Dec 2026: not New Year's Day, not the weekend: Monday 4 Jan.
    expect(await due('kartu-keluarga', '2026-12-31T09:00:00+07:00')).toEqual({ date: '2027-01-04', workingDays: 1, calendarCovered: true });
    // From Wednesday 30 Dec: Thursday 31 Dec is the one working day.
    expect(await due('kartu-keluarga', '2026-12-30T09:00:00+07:00')).toMatchObject({ date: '2026-12-31' });
    // 28 working days from 1 Jan 2027 skip Isra Mikraj (6 Jan) and Imlek falls on a Saturday: 11 Feb.
    const pbg = await catalogue.service(BOJONEGORO, 'dpmptsp', 'pbg', new Date('2027-01-01T09:00:00+07:00'));
    expect(pbg.expectedCompletion).toEqual({ date: '2027-02-11', workingDays: 28, calendarCovered: true });
    // A year the calendar does not hold is flagged, not silently trusted.
    const later = await catalogue.service(BOJONEGORO, 'dpmptsp', 'pbg', new Date('2027-12-20T09:00:00+07:00'));
    expect(later.expectedCompletion).toMatchObject({ calendarCovered: false });
  });
});

describe('service standard history in the catalogue', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
  });
  afterAll(() => testApp.close());

  const url = '/v1/regions/35.22/agencies/disdukcapil/services/ktp-el';

  it('says since when the standard holds, and which one was in force on a given day', async () => {
    const text = readFileSync(path.join(DEPLOYMENTS_DIR, 'kabupaten-bojonegoro.yaml'), 'utf8');
    const apply = async (source: string) => {
      const { templates } = loadTemplates(DEPLOYMENTS_DIR);
      const result = await validateDeployment({ file: 'kabupaten-bojonegoro.yaml', text: source }, { templates, regionExists: () => true });
      await applyDeployment(testApp.app.get(DataSource), result.value as RegionDeployment, {
        actor: { actorType: 'system', actorId: 'test' },
        sourceFile: 'kabupaten-bojonegoro.yaml',
      });
    };
    await apply(text);
    const first = await request(testApp.server).get(url).expect(200);
    const since = first.body.standardSince as string;
    expect(Date.parse(since)).toBeLessThanOrEqual(Date.now());

    // A local fee decision: the region overrides the template's fee, a new version of the standard.
    await apply(
      text.replace(
        '{ template: disdukcapil/ktp-el }',
        '{ template: disdukcapil/ktp-el, standard: { fee: { amount: 0, legalBasis: Perda Kabupaten Bojonegoro tentang Retribusi (konfirmasi lokal) } } }',
      ),
    );
    const second = await request(testApp.server).get(url).expect(200);
    expect(Date.parse(second.body.standardSince)).toBeGreaterThan(Date.parse(since));
    expect(second.body.standard.fee.legalBasis).toContain('Bojonegoro');

    const versions = await request(testApp.server).get(`${url}/standard-versions`).expect(200);
    expect(versions.body.items).toHaveLength(2);
    expect(versions.body.items[0]).toMatchObject({
      validFrom: second.body.standardSince,
      template: 'disdukcapil/ktp-el',
      templateVersion: 1,
    });
    expect(versions.body.items[0].validUntil).toBeUndefined();
    expect(versions.body.items[1]).toMatchObject({ validFrom: since, validUntil: second.body.standardSince });
    expect(versions.body.items[1].standard.fee.legalBasis).toContain('UU 24/2013');

    const between = new Date(Date.parse(second.body.standardSince) - 1).toISOString();
    const then = await request(testApp.server).get(`${url}/standard-versions`).query({ on: between }).expect(200);
    expect(then.body.items).toEqual([expect.objectContaining({ validFrom: since })]);
    const before = await request(testApp.server).get(`${url}/standard-versions`).query({ on: '2020-01-01' }).expect(200);
    expect(before.body.items).toEqual([]);
    const wrong = await request(testApp.server).get(`${url}/standard-versions`).query({ on: '2026-02-30' }).expect(400);
    expect(wrong.body.code).toBe('DATE_INVALID');
  });
});
