import ExcelJS from 'exceljs';
import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const SITE = 'mpp-kota-bogor';
const REPORT = '/v1/regions/32.71/queue/report';
const FIGURE_COLUMNS = ['Tiket', 'Dilayani', 'Tidak hadir', 'Batal', 'Belum selesai'];

type Figures = { tickets: number; served: number; noShows: number; cancelled: number; unfinished: number };

function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

function sum(rows: Figures[]): Figures {
  const total = { tickets: 0, served: 0, noShows: 0, cancelled: 0, unfinished: 0 };
  for (const row of rows) for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += row[key];
  return total;
}

describe('queue report: a day or a range, by day, hour, site, agency, service and counter, as JSON, CSV and XLSX', () => {
  let testApp: TestApp;
  let bogorAdmin: string;
  let tangselAdmin: string;
  let officer: string;
  let supervisor: string;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  // What the tickets themselves say, counted as this test moves them through the API.
  const truth = { tickets: 0, served: 0, noShows: 0, cancelled: 0, unfinished: 0 };

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    bogorAdmin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    tangselAdmin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '36.74' }));
    officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda', counterCode: 'loket-6' }),
    );
    supervisor = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' }),
    );

    const take = (agencyCode: string, serviceCode: string) =>
      request(testApp.server).post(`/v1/regions/32.71/sites/${SITE}/tickets`).send({ agencyCode, serviceCode }).expect(201);
    const counter = (action: string, body: object = {}) =>
      request(testApp.server)
        .post(`/v1/regions/32.71/agencies/bapenda/counters/loket-6/${action}`)
        .set('Authorization', officer)
        .send(body)
        .expect(200);
    for (const service of ['pbb-p2', 'pbb-p2', 'bphtb', 'pbb-p2', 'bphtb', 'pbb-p2', 'bphtb']) await take('bapenda', service);
    await take('disdukcapil', 'ktp-el');
    truth.tickets = 8;
    await counter('open', { siteCode: SITE, services: ['pbb-p2', 'bphtb'] });
    // Three served, two no-shows; two bapenda tickets and the disdukcapil one still wait.
    for (const outcome of ['served', 'no_show', 'served', 'no_show', 'served']) {
      await counter('call-next');
      if (outcome === 'served') {
        await counter('start');
        await counter('finish');
      } else await counter('skip');
    }
    Object.assign(truth, { served: 3, noShows: 2, unfinished: 3 });
    // Starting the app and moving eight tickets outlasts the default on a loaded machine.
  }, 120_000);
  afterAll(() => testApp.close());

  it('adds every breakdown up to the tickets, with waits and service times of the called and served', async () => {
    const report = (await request(testApp.server).get(REPORT).query({ date: today }).set('Authorization', bogorAdmin).expect(200)).body;
    expect(report.period).toEqual({ label: today, from: today, to: today });
    expect(report.totals).toMatchObject({
      ...truth,
      called: 5,
      meanWaitMinutes: expect.any(Number),
      p90ServiceMinutes: expect.any(Number),
    });
    for (const breakdown of ['days', 'hours', 'sites', 'agencies', 'services', 'counters'])
      expect([breakdown, sum(report[breakdown])]).toEqual([breakdown, truth]);
    expect(report.services).toEqual([
      expect.objectContaining({ agencyCode: 'bapenda', serviceCode: 'bphtb', tickets: 3 }),
      expect.objectContaining({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', tickets: 4 }),
      expect.objectContaining({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el', tickets: 1, served: 0, unfinished: 1 }),
    ]);
    expect(report.counters).toEqual([
      expect.objectContaining({ agencyCode: 'bapenda', counterCode: null, tickets: 2, unfinished: 2 }),
      expect.objectContaining({ agencyCode: 'bapenda', counterCode: 'loket-6', tickets: 5, served: 3, noShows: 2 }),
      expect.objectContaining({ agencyCode: 'disdukcapil', counterCode: null, tickets: 1 }),
    ]);

    // A range of days lists each day, the empty ones too; narrowing to a service keeps its tickets only.
    const weekAgo = new Date(Date.parse(today) - 6 * 86_400_000).toISOString().slice(0, 10);
    const range = (
      await request(testApp.server).get(REPORT).query({ from: weekAgo, to: today }).set('Authorization', bogorAdmin).expect(200)
    ).body;
    expect(range.days.map((day: { date: string }) => day.date)).toHaveLength(7);
    expect(range.days.at(-1)).toMatchObject({ date: today, tickets: truth.tickets });
    expect(range.days[0]).toMatchObject({ date: weekAgo, tickets: 0, meanWaitMinutes: null });
    const bphtb = (
      await request(testApp.server)
        .get(REPORT)
        .query({ agencyCode: 'bapenda', serviceCode: 'bphtb' })
        .set('Authorization', bogorAdmin)
        .expect(200)
    ).body;
    expect(bphtb.totals.tickets).toBe(3);
    expect(bphtb.scope).toMatchObject({ regionCode: '32.71', agencyCode: 'bapenda', serviceCode: 'bphtb', siteCode: null });
  });

  it('exports CSV and XLSX whose totals equal the tickets', async () => {
    const csv = await request(testApp.server)
      .get(REPORT)
      .query({ date: today, format: 'csv' })
      .set('Authorization', bogorAdmin)
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="antrean-32.71-${today}-${today}.csv"`);
    const lines = csv.text.split('\r\n').map((line) => line.split(','));
    const header = lines.findIndex((cells) => cells[0] === 'Tiket');
    expect(lines[header].slice(0, 5)).toEqual(FIGURE_COLUMNS);
    expect(lines[header + 1].slice(0, 5).map(Number)).toEqual(Object.values(truth));
    // The per-service section adds up to the same totals.
    const services = lines.findIndex((cells) => cells[0] === 'Per layanan');
    const end = lines.findIndex((cells, index) => index > services && cells.join('') === '');
    const serviceRows = lines.slice(services + 2, end);
    expect(sum(serviceRows.map((cells) => figuresOf(cells.slice(2))))).toEqual(truth);

    const xlsx = await request(testApp.server)
      .get(REPORT)
      .query({ date: today, format: 'xlsx' })
      .set('Authorization', bogorAdmin)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before Node 24 made Buffer generic.
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Per hari',
      'Per jam',
      'Per lokasi',
      'Per instansi',
      'Per layanan',
      'Per loket',
    ]);
    const summary = workbook.getWorksheet('Ringkasan');
    expect(cells(summary?.getRow(5)).slice(0, 5)).toEqual(FIGURE_COLUMNS);
    expect(cells(summary?.getRow(6)).slice(0, 5)).toEqual(Object.values(truth));
    for (const [sheet, keys] of [
      ['Per hari', 1],
      ['Per jam', 1],
      ['Per instansi', 1],
      ['Per layanan', 2],
      ['Per loket', 2],
    ] as const) {
      const rows: Figures[] = [];
      workbook.getWorksheet(sheet)?.eachRow((row, number) => {
        if (number > 2) rows.push(figuresOf(cells(row).slice(keys)));
      });
      expect([sheet, sum(rows)]).toEqual([sheet, truth]);
    }

    const english = await request(testApp.server)
      .get(REPORT)
      .query({ date: today, format: 'csv' })
      .set('Authorization', bogorAdmin)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(english.text).toContain('Tickets,Served,No-shows,Cancelled,Unfinished');
  });

  it('keeps a region admin to their region, a supervisor to their agency, and refuses long or broken periods', async () => {
    const other = await request(testApp.server).get(REPORT).set('Authorization', tangselAdmin).expect(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server).get(REPORT).query({ format: 'csv' }).set('Authorization', tangselAdmin).expect(403);
    await request(testApp.server).get(REPORT).set('Authorization', officer).expect(403);
    await request(testApp.server).get(REPORT).expect(401);

    const own = (await request(testApp.server).get(REPORT).set('Authorization', supervisor).expect(200)).body;
    expect(own.scope.agencyCode).toBe('bapenda');
    expect(own.totals.tickets).toBe(7);
    await request(testApp.server).get(REPORT).query({ agencyCode: 'disdukcapil' }).set('Authorization', supervisor).expect(403);

    const long = await request(testApp.server).get(REPORT).query({ from: '2026-01-01', to: '2026-06-30' }).set('Authorization', bogorAdmin);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'PERIOD_INVALID', errors: [{ path: 'to' }] });
    await request(testApp.server).get(REPORT).query({ serviceCode: 'bphtb' }).set('Authorization', bogorAdmin).expect(400);
    const unknown = await request(testApp.server).get(REPORT).query({ siteCode: 'mpp-lain' }).set('Authorization', bogorAdmin).expect(404);
    expect(unknown.body.code).toBe('SITE_NOT_FOUND');
    await request(testApp.server).get(REPORT).query({ format: 'pdf' }).set('Authorization', bogorAdmin).expect(400);
  });
});

function cells(row: ExcelJS.Row | undefined): unknown[] {
  return ((row?.values as unknown[] | undefined) ?? []).slice(1);
}

function figuresOf(values: unknown[]): Figures {
  const [tickets, served, noShows, cancelled, unfinished] = values.slice(0, 5).map(Number);
  return { tickets, served, noShows, cancelled, unfinished };
}
