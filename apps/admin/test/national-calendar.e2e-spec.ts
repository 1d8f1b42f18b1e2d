import request from 'supertest';

import { bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

/** A year far from today's, so what the test loads never decides whether today is covered. */
const YEAR = 2031;
const file = (body: string) => `apiVersion: mpp.go.id/v1
kind: NationalCalendar
years:
  - { year: ${YEAR}, status: provisional, source: Computed; no SKB yet }
${body}`;

describe('national calendar through the admin API', () => {
  let testApp: TestApp;
  const bearer: Record<string, string> = {};
  const url = '/admin/api/v1/national-calendar';

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    bearer['national'] = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'national_admin' }));
    bearer['region'] = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
  });
  afterAll(() => testApp.close());

  const put = (who: string, yaml: string) =>
    request(testApp.server).put(url).set('authorization', bearer[who]).set('content-type', 'application/yaml').send(yaml);

  it('loads a year as YAML, says what changed, and a second load changes nothing; audited', async () => {
    const yaml = file(`holidays:
  - { date: '${YEAR}-01-01', reason: Tahun Baru ${YEAR} Masehi }
  - { date: '${YEAR}-08-17', reason: Hari Kemerdekaan Republik Indonesia }
cutiBersama:
  - { date: '${YEAR}-12-24', reason: Cuti bersama Hari Raya Natal }
`);
    const first = await put('national', yaml).expect(200);
    expect(first.body.changed).toBe(4);
    expect(first.body.years).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: YEAR, status: 'provisional', holidays: 2, cutiBersama: 1 })]),
    );
    expect((await put('national', yaml).expect(200)).body.changed).toBe(0);

    const corrected = await put(
      'national',
      yaml.replace('status: provisional', 'status: decree').replace(`${YEAR}-12-24`, `${YEAR}-12-26`),
    ).expect(200);
    expect(corrected.body.changed).toBe(3);
    expect(corrected.body.years).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: YEAR, status: 'decree', cutiBersama: 1 })]),
    );

    const audit = await request(testApp.server)
      .get('/admin/api/v1/audit-events?action=national_calendar.load&pageSize=10')
      .set('authorization', bearer['national'])
      .expect(200);
    expect(audit.body.items).toHaveLength(3);
    expect(audit.body.items[0].details).toMatchObject({ years: [{ year: YEAR, status: 'decree' }], changed: 3 });
  });

  it('refuses a broken file with every problem and its line, in Indonesian or English, and writes nothing', async () => {
    const broken = file(`holidays:
  - { date: '${YEAR}-02-30', reason: Tanggal yang tidak ada }
  - { date: '${YEAR + 1}-01-01', reason: Tahun yang tidak dinyatakan }
`);
    const refused = await put('national', broken).expect(400);
    expect(refused.body).toMatchObject({ code: 'NATIONAL_CALENDAR_INVALID', message: expect.stringContaining('kalender nasional') });
    expect(refused.body.errors).toEqual([
      { path: 'holidays[0].date', message: expect.stringMatching(/^baris 6, kolom \d+: FIELD_INVALID nilai isian tidak sesuai aturan /) },
      { path: 'holidays[1].date', message: expect.stringMatching(/^baris 7, kolom \d+: FIELD_INVALID .*not declared under years/) },
    ]);
    const undeclared = await put('national', broken.replace(`${YEAR}-02-30`, `${YEAR}-02-28`))
      .set('accept-language', 'en')
      .expect(400);
    expect(undeclared.body.message).toBe('The national calendar file has 1 problem');
    expect(undeclared.body.errors).toEqual([
      { path: 'holidays[1].date', message: expect.stringMatching(/^line 7, column \d+: FIELD_INVALID .*not declared under years/) },
    ]);
    const shown = await request(testApp.server).get(url).set('authorization', bearer['national']).expect(200);
    expect(shown.body.years.some((row: { year: number }) => row.year === YEAR + 1)).toBe(false);
  });

  it('is the ministry’s: a region admin may neither read nor load it here', async () => {
    await request(testApp.server).get(url).set('authorization', bearer['region']).expect(403);
    const denied = await put('region', file(`holidays: [{ date: '${YEAR}-01-01', reason: Tahun Baru }]\n`)).expect(403);
    expect(denied.body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('warns while the next 90 days are not covered', async () => {
    const shown = await request(testApp.server).get(url).set('authorization', bearer['national']).set('accept-language', 'en').expect(200);
    // The test database holds no year around today: the warning names today as the first uncovered day.
    expect(shown.body.warning).toMatchObject({
      code: 'NATIONAL_CALENDAR_NOT_COVERED',
      uncoveredFrom: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
    });
  });
});
