import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { DataSource } from 'typeorm';

import { exportDeployment, initialDeployment, loadTemplates, type RegionDeployment, summarize, validateDeployment } from '@mpp/deployment';

import { Transactions } from '../database/transactions';
import { openTestDataSource } from '../testing/test-database';
import { applyDeployment, planAgainstDatabase } from './apply-deployment';
import { DeploymentsRepository } from './deployments.repository';
import { NationalCalendarRepository } from './national-calendar.repository';

const DEPLOYMENTS = path.resolve(__dirname, '../../../../deployments');
const { templates } = loadTemplates(DEPLOYMENTS);

async function load(file: string, edit: (text: string) => string = (text) => text): Promise<RegionDeployment> {
  const result = await validateDeployment(
    { file, text: edit(readFileSync(path.join(DEPLOYMENTS, file), 'utf8')) },
    { templates, regionExists: () => true },
  );
  if (!result.value) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const actor = { actorType: 'system' as const };

/** A service only this region offers, written whole next to the templated ones. */
const OWN_SERVICE = `      - code: surat-keterangan-usaha
        name: Surat Keterangan Usaha Mikro
        keywords: [sku, usaha mikro]
        standard:
          requirements: [{ name: KTP-el }, { name: Foto lokasi usaha }]
          procedure: [Pendaftaran, Verifikasi, Penerbitan]
          completionTime: { value: 1, unit: working_days }
          fee: { amount: 0, legalBasis: Perwali Surabaya (tidak dipungut biaya) }
          product: Surat keterangan usaha
          complaintChannel: SP4N-LAPOR! (lapor.go.id)
          legalBasis: [PP 7/2021]
        queue: { prefix: IZ, mode: walk_in, dailyQuota: 30 }
`;

describe('applyDeployment', () => {
  let test: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;

  beforeEach(async () => {
    test = await openTestDataSource();
    dataSource = test.dataSource;
  });
  afterEach(() => test.close());

  const count = async (table: string, where = 'true') =>
    Number((await dataSource.query(`SELECT count(*) FROM ${table} WHERE ${where}`))[0].count);

  it('creates the whole region, and a second apply changes nothing', async () => {
    const bogor = await load('kota-bogor.yaml');
    const first = await applyDeployment(dataSource, bogor, { actor });
    expect(summarize(first)).toEqual({ create: 1 + 1 + 13 + 18 + 17, update: 0, reactivate: 0, deactivate: 0 });
    expect([await count('agency'), await count('service'), await count('counter')]).toEqual([13, 17, 18]);

    const second = await applyDeployment(dataSource, bogor, { actor });
    expect(second.changes).toEqual([]);
    expect(await count('audit_event', `action = 'deployment.apply'`)).toBe(1);
  });

  it('plans without writing', async () => {
    const plan = await planAgainstDatabase(dataSource, await load('kabupaten-bojonegoro.yaml'));
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(await count('deployment_region')).toBe(0);
  });

  it('deactivates what the file no longer lists, never deletes it, and reactivates it when listed again', async () => {
    await applyDeployment(dataSource, await load('kota-bogor.yaml'), { actor });
    const withoutSkck = await load('kota-bogor.yaml', (text) =>
      text.replace(
        'services: [{ template: polri/skck }]',
        'services: [{ template: imigrasi/paspor-baru, queue: { prefix: PP, mode: walk_in, dailyQuota: 10 } }]',
      ),
    );
    const plan = await applyDeployment(dataSource, withoutSkck, { actor });
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        { action: 'deactivate', kind: 'service', key: 'polres-bogor-kota/skck' },
        { action: 'create', kind: 'service', key: 'polres-bogor-kota/paspor-baru' },
      ]),
    );
    expect(await count('service', `code = 'skck' AND NOT active`)).toBe(1);

    const again = await applyDeployment(dataSource, await load('kota-bogor.yaml'), { actor });
    expect(again.changes).toEqual(
      expect.arrayContaining([
        { action: 'reactivate', kind: 'service', key: 'polres-bogor-kota/skck' },
        { action: 'deactivate', kind: 'service', key: 'polres-bogor-kota/paspor-baru' },
      ]),
    );
  });

  it('updates only what changed, naming the fields', async () => {
    await applyDeployment(dataSource, await load('kota-bogor.yaml'), { actor });
    const dearer = await load('kota-bogor.yaml', (text) =>
      text.replace('rolloutStatus: inaugurated', 'rolloutStatus: operational').replace('dailyQuota: 200', 'dailyQuota: 250'),
    );
    const plan = await applyDeployment(dataSource, dearer, { actor });
    expect(plan.changes).toEqual([
      {
        action: 'update',
        kind: 'region',
        key: '32.71',
        fields: ['rolloutStatus'],
        diff: [{ field: 'rolloutStatus', before: 'inaugurated', after: 'operational' }],
      },
      // The region's own override changed too: the template link records it.
      expect.objectContaining({ action: 'update', kind: 'service', key: 'disdukcapil/ktp-el', fields: ['origin', 'queue'] }),
    ]);
    // The plan says what each field was and will be, so a reader need not open both files.
    const queue = plan.changes[1].diff?.find((entry) => entry.field === 'queue');
    expect(queue).toMatchObject({ before: { dailyQuota: 200 }, after: { dailyQuota: 250 } });
  });

  it('records the template and version each service came from', async () => {
    await applyDeployment(dataSource, await load('kota-bogor.yaml'), { actor });
    const rows = await dataSource.query(
      `SELECT agency_code, code, template_code, template_version FROM service WHERE region_code = '32.71' AND code IN ('ktp-el', 'pbb-p2') ORDER BY code`,
    );
    expect(rows).toEqual([
      { agency_code: 'disdukcapil', code: 'ktp-el', template_code: 'disdukcapil/ktp-el', template_version: 1 },
      { agency_code: 'bapenda', code: 'pbb-p2', template_code: null, template_version: null },
    ]);
  });

  it('keeps each applied version of a service standard with when, who and which file, and only when the standard changed', async () => {
    const history = () =>
      dataSource.query(
        `SELECT changed_by, source_file, standard->'fee'->>'amount' AS fee FROM service_standard_version
         WHERE region_code = '32.71' AND agency_code = 'bapenda' AND service_code = 'pbb-p2' ORDER BY id`,
      );
    await applyDeployment(dataSource, await load('kota-bogor.yaml'), {
      actor: { actorType: 'system', actorId: 'cli' },
      sourceFile: 'kota-bogor.yaml',
    });
    expect(await count('service_standard_version')).toBe(17);
    // A queue change is not a new standard.
    await applyDeployment(dataSource, await load('kota-bogor.yaml', (text) => text.replace('dailyQuota: 200', 'dailyQuota: 250')), {
      actor,
    });
    expect(await count('service_standard_version')).toBe(17);
    const bogor = readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8');
    const fee = /(pbb-p2[\s\S]*?fee: \{ amount: )(\d+)/.exec(bogor);
    expect(fee).not.toBeNull();
    await applyDeployment(dataSource, await load('kota-bogor.yaml', (text) => text.replace(fee?.[0] as string, `${fee?.[1]}12345`)), {
      actor: { actorType: 'staff', actorId: 'admin-1' },
      sourceFile: 'kota-bogor-fee.yaml',
      requestId: 'req-1',
    });
    expect(await history()).toEqual([
      { changed_by: 'system:cli', source_file: 'kota-bogor.yaml', fee: fee?.[2] },
      { changed_by: 'staff:admin-1', source_file: 'kota-bogor-fee.yaml', fee: '12345' },
    ]);
  });

  it('writes nothing when the apply fails halfway', async () => {
    const bogor = await load('kota-bogor.yaml');
    const failing = applyDeployment(dataSource, bogor, {
      actor,
      onProgress: (done) => {
        if (done === 20) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect([await count('deployment_region'), await count('agency'), await count('audit_event', `action = 'deployment.apply'`)]).toEqual([
      0, 0, 0,
    ]);
  });

  it('lets two applies of one region run at once without duplicating anything', async () => {
    const tangsel = await load('kota-tangerang-selatan.yaml');
    const plans = await Promise.all([1, 2, 3].map(() => applyDeployment(dataSource, tangsel, { actor })));
    expect(plans.map((plan) => plan.changes.length > 0).sort()).toEqual([false, false, true]);
    expect(await count('agency')).toBe(17);
  });

  it('keeps the national holidays of each declared year equal to the file, idempotently', async () => {
    const holidays = new NationalCalendarRepository(dataSource);
    const calendar = {
      apiVersion: 'mpp.go.id/v1' as const,
      kind: 'NationalCalendar' as const,
      years: [{ year: 2026, status: 'provisional' as const, source: 'test' }],
      holidays: [{ date: '2026-08-17', reason: 'Hari Kemerdekaan' }],
      cutiBersama: [{ date: '2026-12-24', reason: 'Cuti bersama Natal' }],
    };
    expect(await holidays.replace(calendar)).toBe(3);
    expect(await holidays.replace(calendar)).toBe(0);
    expect(await holidays.replace({ ...calendar, cutiBersama: [] })).toBe(1);
    expect(await holidays.between('2026-01-01', '2026-12-31')).toEqual([{ date: '2026-08-17', reason: 'Hari Kemerdekaan' }]);
  });

  it('loads a year without touching the others, and knows which years it covers', async () => {
    const holidays = new NationalCalendarRepository(dataSource);
    const header = { apiVersion: 'mpp.go.id/v1' as const, kind: 'NationalCalendar' as const, cutiBersama: [] };
    await holidays.replace({
      ...header,
      years: [{ year: 2026, status: 'provisional', source: 'test' }],
      holidays: [{ date: '2026-12-25', reason: 'Hari Raya Natal' }],
    });
    expect(await holidays.gap('2026-12-01')).toEqual({ uncoveredFrom: '2027-01-01', missingYears: [2027] });
    await holidays.replace(
      {
        ...header,
        years: [{ year: 2027, status: 'decree', source: 'SKB 2027' }],
        holidays: [{ date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' }],
      },
      'national-admin-1',
    );
    expect(await holidays.gap('2026-12-01')).toBeUndefined();
    expect(await holidays.between('2026-12-01', '2027-01-31')).toEqual([
      { date: '2026-12-25', reason: 'Hari Raya Natal' },
      { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' },
    ]);
    expect(await holidays.years()).toEqual([
      expect.objectContaining({ year: 2026, status: 'provisional', holidays: 1, cutiBersama: 0 }),
      expect.objectContaining({ year: 2027, status: 'decree', source: 'SKB 2027', loadedBy: 'national-admin-1', holidays: 1 }),
    ]);
  });

  it('deploys a region nobody wrote mostly from templates, and its export re-applies with no change', async () => {
    // Kota Surabaya as a new regional team would start: `mpp init`, the location filled in, the
    // province's bank named, one service of its own; every other service straight from a template.
    const init = initialDeployment('35.78', 'KOTA SURABAYA', templates)
      .replace('coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }', 'coordinates: { lat: -7.2575, lon: 112.7521 }')
      .replace('address: FILL IN the street address of the MPP', 'address: Jl. Tunjungan No. 1, Surabaya')
      .replace(/ {2}- code: bpd\n {4}name: .*\n/, '  - code: bank-jatim\n    name: "PT Bank Pembangunan Daerah Jawa Timur Tbk"\n')
      .replace('      - template: dpmptsp/pbg\n', `      - template: dpmptsp/pbg\n${OWN_SERVICE}`)
      .replace(
        '      - template: dinsos/rekomendasi-pbi-jk\n',
        '      - template: dinsos/rekomendasi-pbi-jk\n        queue: { prefix: SB, mode: walk_in, dailyQuota: 80 }\n',
      );
    const validation = await validateDeployment({ file: 'kota-surabaya.yaml', text: init }, { templates, regionExists: () => true });
    expect(validation.problems).toEqual([]);
    const surabaya = validation.value as RegionDeployment;
    expect(surabaya.agencies).toHaveLength(templates.size);
    const services = surabaya.agencies.flatMap((agency) => agency.services);
    expect(services.filter((service) => service.origin === undefined).map((service) => service.code)).toEqual(['surat-keterangan-usaha']);
    expect(services.length).toBeGreaterThanOrEqual(50);
    expect(surabaya.agencies.find((agency) => agency.code === 'bank-jatim')?.services.map((service) => service.origin?.template)).toEqual([
      'bpd/pembayaran-pajak-daerah',
      'bpd/pembukaan-rekening',
    ]);

    const applied = await applyDeployment(dataSource, surabaya, { actor, sourceFile: 'kota-surabaya.yaml' });
    expect(summarize(applied).create).toBe(1 + 1 + templates.size * 2 + services.length);
    expect(await count('service', `region_code = '35.78' AND template_code IS NOT NULL`)).toBe(services.length - 1);
    expect(await count('service_standard_version', `region_code = '35.78' AND source_file = 'kota-surabaya.yaml'`)).toBe(services.length);

    const state = await new Transactions(dataSource).run(
      (tx) => new DeploymentsRepository(dataSource).loadState('35.78', tx),
      'REPEATABLE READ',
    );
    const exported = exportDeployment(state, new Date(), templates);
    expect(exported).toContain('- template: dinsos/rekomendasi-pbi-jk\n');
    expect(exported).not.toContain('Rekomendasi Penerima Bantuan Iuran');
    const reread = await validateDeployment({ file: 'export.yaml', text: exported }, { templates, regionExists: () => true });
    expect((await applyDeployment(dataSource, reread.value as RegionDeployment, { actor })).changes).toEqual([]);
  });
});
