import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { NationalDemoRepository } from '@mpp/persistence';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

const NATIONAL = ['/admin/api/v1/national/regions', '/admin/api/v1/national/progress', '/admin/api/v1/national/sites'];
const EXPORT = '/admin/api/v1/national/regions/export';
const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

describe('national dashboard', () => {
  let testApp: TestApp;
  const bearer: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kabupaten-bojonegoro.yaml']);
    for (const [name, input] of Object.entries({
      national: { role: 'national_admin' },
      viewer: { role: 'national_viewer' },
      bogorAdmin: { role: 'region_admin', regionCode: '32.71' },
    } as const)) {
      bearer[name] = await bearerFor(testApp.app, await createStaff(testApp.app, input));
    }
    // A month of Kota Bogor's tickets, finished in one statement: the roll-up trigger counts them.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await new NationalDemoRepository(testApp.app.get(DataSource)).generateTickets({
      regionCode: '32.71',
      from: `${today.slice(0, 8)}01`,
      to: today,
      perDay: 30,
      meanWaitMinutes: 15,
      seed: 0.42,
    });
  });
  afterAll(() => testApp.close());

  const get = (who: string, url: string) => request(testApp.server).get(url).set('authorization', bearer[who]);
  const finishedTickets = async (regionCode: string) =>
    Number(
      (
        (await testApp.app
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM ticket WHERE region_code = $1 AND status IN ('done', 'no_show', 'cancelled')`, [
            regionCode,
          ])) as {
          n: string;
        }[]
      )[0].n,
    );

  it('lists all 514 kabupaten/kota with their stage, deployment and figures, to the ministry’s viewer', async () => {
    const { body } = await get('viewer', NATIONAL[0]).expect(200);
    expect(body.regions).toHaveLength(514);
    expect(body.period.to).toBe(thisMonth());
    const bogor = body.regions.find((region: { code: string }) => region.code === '32.71');
    expect(bogor).toMatchObject({ name: 'Kota Bogor', provinceCode: '32', stage: 'inaugurated', stageSince: expect.any(String) });
    expect(bogor.sites).toBeGreaterThan(0);
    expect(bogor.services).toBeGreaterThan(bogor.agencies);
    expect(bogor.figures.tickets).toBe(await finishedTickets('32.71'));
    expect(bogor.figures.meanWaitMinutes).toBeGreaterThan(0);
    expect(bogor.figures.p90WaitMinutes).toBeGreaterThanOrEqual(bogor.figures.meanWaitMinutes);
    expect(body.regions.find((region: { code: string }) => region.code === '35.22').stage).toBe('rintisan');
    expect(body.regions.find((region: { code: string }) => region.code === '11.01').stage).toBe('no_plan');
    expect(body.stages.no_plan).toBe(512);
    expect(body.totals.tickets).toBe(bogor.figures.tickets);
  });

  it('filters by province and stage', async () => {
    const west = (await get('national', `${NATIONAL[0]}?province=32`).expect(200)).body;
    expect(west.regions.length).toBeGreaterThan(20);
    expect(west.regions.every((region: { code: string }) => region.code.startsWith('32.'))).toBe(true);
    const inaugurated = (await get('national', `${NATIONAL[0]}?stage=inaugurated`).expect(200)).body;
    expect(inaugurated.regions.map((region: { code: string }) => region.code)).toEqual(['32.71']);
    const bad = await get('national', `${NATIONAL[0]}?stage=launched&from=2026-13`).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['from', 'stage']);
    expect((await get('national', `${NATIONAL[0]}?from=2026-06&to=2026-01`).expect(400)).body.code).toBe('PERIOD_INVALID');
  });

  it('counts the regions at each stage month by month, every month adding up to 514', async () => {
    const { body } = await get('viewer', `${NATIONAL[1]}?from=2025-01&to=${thisMonth()}`).expect(200);
    const last = body.months.at(-1);
    expect(last.month).toBe(thisMonth());
    expect(last.counts).toMatchObject({ inaugurated: 1, rintisan: 1, no_plan: 512 });
    for (const month of body.months) expect(Object.values(month.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(514);
    expect(body.months[0].counts.no_plan).toBe(514);
  });

  it('places every site on the map with its region’s stage', async () => {
    const { body } = await get('viewer', NATIONAL[2]).expect(200);
    const bogor = body.sites.find((site: { regionCode: string }) => site.regionCode === '32.71');
    expect(bogor).toMatchObject({ stage: 'inaugurated', lat: -6.5951, lon: 106.7972, approximate: false });
  });

  it('exports CSV and XLSX whose rows and total reconcile with the tickets', async () => {
    const csv = await get('viewer', `${EXPORT}?format=csv`)
      .expect(200)
      .expect('content-type', /text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 514 + 1);
    const header = lines[0].split(',');
    const visitors = header.indexOf('Pengunjung (tiket selesai)');
    const rows = lines.slice(1, -1).map((line) => line.split(','));
    const total = lines.at(-1)?.split(',') ?? [];
    expect(total[0]).toBe('Jumlah');
    const sum = rows.reduce((acc, row) => acc + Number(row[visitors]), 0);
    expect(Number(total[visitors])).toBe(sum);
    expect(sum).toBe(await finishedTickets('32.71'));

    const xlsx = await get('viewer', `${EXPORT}?format=xlsx&province=32`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const column = (values[0] as string[]).indexOf('Pengunjung (tiket selesai)');
    const body = values.slice(1, -1);
    expect(body.every((row) => String(row[1]).startsWith('32.'))).toBe(true);
    expect(values.at(-1)?.[column]).toBe(body.reduce((acc: number, row) => acc + Number(row[column]), 0));
    expect(values.at(-1)?.[column]).toBe(await finishedTickets('32.71'));
  });

  it('refuses a region admin on every national route', async () => {
    for (const url of [...NATIONAL, `${EXPORT}?format=csv`]) {
      expect((await get('bogorAdmin', url).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
      await request(testApp.server).get(url).expect(401);
    }
  });

  it('refuses the national viewer on every route that changes anything, and on reads outside the dashboard', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/docs-json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({
          method,
          path: path.replace(/\{[^}]+\}/g, (name) => (/code|region/i.test(name) ? '32.71' : '00000000-0000-4000-8000-000000000000')),
        })),
    );
    expect(writes.length).toBeGreaterThan(10);
    for (const { method, path } of writes) {
      const response = await (request(testApp.server) as unknown as Record<string, (url: string) => request.Test>)
        [method](path)
        .set('authorization', bearer.viewer)
        .send({});
      expect({ route: `${method} ${path}`, status: response.status, code: response.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 403,
        code: 'ROLE_NOT_ALLOWED',
      });
    }
    for (const url of ['/admin/api/v1/staff', '/admin/api/v1/api-keys', '/admin/api/v1/audit-events']) {
      expect((await get('viewer', url).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    }
  });
});
