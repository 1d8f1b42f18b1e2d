import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from '@mpp/testing';

/** The built tool (`nx e2e cli` builds it first), run as users run it, from the repository root. */
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/apps/cli/main.js');

function mpp(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('mpp command-line tool', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-cli-'));

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
  });
  afterAll(() => database.drop());

  it('validates the samples (exit 0) and lists every problem of a broken file with its line (exit 1)', async () => {
    const good = await mpp(
      ['validate', 'deployments/kota-bogor.yaml', 'deployments/kota-tangerang-selatan.yaml', 'deployments/kabupaten-bojonegoro.yaml'],
      env,
    );
    expect(good.code).toBe(0);
    expect(good.output).toContain('32.71: valid (1 site(s), 13 agencies, 17 services)');

    const broken = path.join(work, 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync(path.join(ROOT, 'deployments/kota-bogor.yaml'), 'utf8')
        .replace("code: '32.71'", "code: '32.99'")
        .replace('prefix: Y,', 'prefix: X,'),
    );
    const bad = await mpp(['validate', broken], env);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(new RegExp(`${broken}:8:9 REGION_NOT_FOUND region.code`));
    expect(bad.output).toMatch(/DUPLICATE_TICKET_PREFIX agencies\[2\]\.services\[1\]\.queue\.prefix/);
  });

  it('warns while the national calendar does not cover the next 90 days, loads a year, and refuses a broken calendar', async () => {
    const thisYear = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
    const calendarFile = (year: number) => {
      const file = path.join(work, `holidays-${year}.yaml`);
      writeFileSync(
        file,
        `apiVersion: mpp.go.id/v1\nkind: NationalCalendar\nyears: [{ year: ${year}, status: provisional, source: test }]\n` +
          `holidays: [{ date: '${year}-08-17', reason: Hari Kemerdekaan Republik Indonesia }]\n`,
      );
      return file;
    };
    const before = await mpp(['validate', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(before.code).toBe(0);
    expect(before.output).toMatch(new RegExp(`warning NATIONAL_CALENDAR_NOT_COVERED: .*${thisYear}`));

    for (const year of [thisYear, thisYear + 1]) {
      const loaded = await mpp(['calendar', 'load', calendarFile(year)], env);
      expect(loaded).toMatchObject({ code: 0, output: expect.stringContaining(`national calendar ${year} (provisional): 2 change(s)`) });
    }
    const again = await mpp(['calendar', 'load', calendarFile(thisYear)], env);
    expect(again.output).toContain('no change');
    const after = await mpp(['validate', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(after.output).not.toContain('warning');
    const shown = await mpp(['calendar', 'show'], env);
    expect(shown.output).toContain(`${thisYear} provisional: 1 holidays, 0 days of cuti bersama (test; loaded by cli)`);

    const broken = path.join(work, 'holidays-broken.yaml');
    writeFileSync(broken, readFileSync(calendarFile(thisYear), 'utf8').replace(`${thisYear}-08-17`, `${thisYear + 5}-08-17`));
    const refused = await mpp(['calendar', 'load', broken], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(new RegExp(`${broken}:4:\\d+ FIELD_INVALID holidays\\[0\\]\\.date: .*not declared under years`));
  });

  it('refuses an integration adapter the registry does not know', async () => {
    const file = path.join(work, 'unknown-adapter.yaml');
    writeFileSync(
      file,
      readFileSync(path.join(ROOT, 'deployments/kota-bogor.yaml'), 'utf8').replace(
        'vehicleTax: samsat-simulator',
        'vehicleTax: samsat-jatim-http',
      ),
    );
    const result = await mpp(['validate', file], env);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/ADAPTER_UNKNOWN integrations\.vehicleTax: no integration adapter is named "samsat-jatim-http"/);
  });

  it('serves the simulators on a local port until stopped', async () => {
    const child = spawn(process.execPath, [CLI, 'simulators', '--port', '0'], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      const answer = await fetch(`${url}/v1/kl/rba/inqueryNIB`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', user_key: 'simulator-user-key' },
        body: JSON.stringify({ INQUERYNIB: { nib: '8120000000001' } }),
      });
      expect(await answer.json()).toMatchObject({ responinqueryNIB: { kode: 200, dataNIB: { nama_perseroan: 'CV MAJU JAYA' } } });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('plans (exit 2 with changes), applies, and then plans no change (exit 0)', async () => {
    const before = await mpp(['plan', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(before.code).toBe(2);
    expect(before.output).toContain('35.22: 21 to create');
    const applied = await mpp(['apply', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(applied.code).toBe(0);
    expect(applied.output).toContain('35.22: 21/21 changes written');
    const after = await mpp(['plan', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(after.code).toBe(0);
    expect(after.output).toContain('35.22: no change');
    expect((await mpp(['apply', '--if-absent', 'deployments/kabupaten-bojonegoro.yaml'], env)).output).toContain('already deployed');
  });

  it('refuses to apply anything when one of the files is broken', async () => {
    const broken = path.join(work, 'broken-tangsel.yaml');
    writeFileSync(
      broken,
      readFileSync(path.join(ROOT, 'deployments/kota-tangerang-selatan.yaml'), 'utf8').replace('kind: mall', 'kind: market'),
    );
    const result = await mpp(['apply', 'deployments/kota-bogor.yaml', broken], env);
    expect(result.code).toBe(1);
    expect((await mpp(['plan', 'deployments/kota-bogor.yaml'], env)).code).toBe(2);
  });

  it('reports a broken file with its line and goes on with the others', async () => {
    const bomb = path.join(work, 'bomb.yaml');
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    writeFileSync(bomb, lines.join('\n'));
    const latin1 = path.join(work, 'latin1.yaml');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('apiVersion: mpp.go.id/v1\nkind: RegionDeployment\nname: Caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const result = await mpp(['validate', bomb, latin1, 'deployments/kota-bogor.yaml'], env);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/bomb\.yaml:2:\d+ YAML_ALIAS_LIMIT/);
    expect(result.output).toMatch(/latin1\.yaml:3:10 TEXT_NOT_UTF8/);
    expect(result.output).not.toMatch(/kota-bogor\.yaml:\d+/);
  });

  it('starts a new region with init, which applies once filled in, and exports it back', async () => {
    const file = path.join(work, 'kota-semarang.yaml');
    expect((await mpp(['init', '33.74', '--out', file], env)).code).toBe(0);
    expect((await mpp(['init', '33.74', '--out', file], env)).code).toBe(1);
    const unfilled = await mpp(['validate', file], env);
    expect(unfilled.code).toBe(1);
    expect(unfilled.output).toContain('PLACEHOLDER_LEFT sites[0].address');
    expect(unfilled.output).toContain('PLACEHOLDER_LEFT sites[0].coordinates.lat');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }', 'coordinates: { lat: -6.9667, lon: 110.4167 }')
        .replace('FILL IN the street address of the MPP', 'Jl. Pemuda No. 148, Semarang'),
    );
    expect((await mpp(['apply', file], env)).code).toBe(0);

    const exported = path.join(work, 'exported.yaml');
    expect((await mpp(['export', '33.74', '--out', exported], env)).code).toBe(0);
    expect(existsSync(exported)).toBe(true);
    const replanned = await mpp(['plan', exported], env);
    expect(replanned.output).toContain('33.74: no change');
  });

  // Last but one: it applies Kota Bogor, which the tests above expect undeployed.
  it('plans a template change across every region that uses it, and exports a region as templates plus overrides that re-apply with no change', async () => {
    const applied = await mpp(['apply', 'deployments/kota-bogor.yaml', 'deployments/kabupaten-bojonegoro.yaml'], env);
    expect(applied.code).toBe(0);
    const template = path.join(work, 'disdukcapil.yaml');
    writeFileSync(
      template,
      readFileSync(path.join(ROOT, 'deployments/national/disdukcapil.yaml'), 'utf8')
        .replace(/^version: 1$/m, 'version: 2')
        .replace('product: KTP Elektronik', 'product: KTP Elektronik dan Identitas Kependudukan Digital')
        .replace('dailyQuota: 150,', 'dailyQuota: 180,'),
    );
    const drift = await mpp(['plan', template], env);
    expect(drift.code).toBe(2);
    // Bogor overrides the KTP-el queue, so only the product reaches it; Bojonegoro takes both.
    expect(drift.output).toContain(
      '32.71 disdukcapil/ktp-el (disdukcapil/ktp-el v1 → v2) ~ standard.product: "KTP Elektronik" → "KTP Elektronik dan Identitas Kependudukan Digital"',
    );
    expect(drift.output).not.toMatch(/32\.71 .* ~ queue\.dailyQuota/);
    expect(drift.output).toContain('35.22 disdukcapil/ktp-el (disdukcapil/ktp-el v1 → v2) ~ queue.dailyQuota: 150 → 180');
    // Kota Semarang, started with init by the test above, is listed too: every region using the template.
    expect(drift.output).toContain('33.74 disdukcapil/ktp-el (disdukcapil/ktp-el v1 → v2) ~ queue.dailyQuota: 150 → 180');
    expect(drift.output).toContain('template disdukcapil v2: 3 region(s), 3 service(s) would change; 6 linked service(s) unchanged');
    const unchanged = await mpp(['plan', 'deployments/national/disdukcapil.yaml'], env);
    expect(unchanged).toMatchObject({ code: 0, output: expect.stringContaining('0 region(s), 0 service(s) would change') });

    const exported = path.join(work, 'bogor-export.yaml');
    expect((await mpp(['export', '32.71', '--out', exported], env)).code).toBe(0);
    const text = readFileSync(exported, 'utf8');
    expect(text).toContain('- template: disdukcapil/kartu-keluarga\n');
    expect(text).not.toContain('Penerbitan Kartu Keluarga');
    const replanned = await mpp(['plan', exported], env);
    expect(replanned).toMatchObject({ code: 0, output: expect.stringContaining('32.71: no change') });
  });

  // Last: the regions it deploys would count in the template drift above.
  it('deploys the first regions from the national templates, topped up with variants of their services to the count asked for', async () => {
    const result = await mpp(['national-catalogue', '--regions', '2', '--services-per-region', '60'], env);
    expect(result.output).toContain('2 region(s) deployed now (120 services)');
    expect(result.code).toBe(0);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ region_code: string; services: number; variants: string[] }>(
        `SELECT region_code, count(*)::int AS services,
                array_agg(data->>'name' ORDER BY code) FILTER (WHERE code LIKE '%-v2') AS variants
         FROM service WHERE region_code IN (SELECT code FROM regency ORDER BY code LIMIT 2)
         GROUP BY region_code ORDER BY region_code`,
      );
      expect(rows.map((row) => row.services)).toEqual([60, 60]);
      // The templates hold 53 services: 7 of them again, each a variant named after its template.
      expect(rows[0].variants).toHaveLength(7);
      for (const name of rows[0].variants) expect(name).toMatch(/ \(Perpanjangan\)$/);
    } finally {
      await client.end();
    }
  });
});
