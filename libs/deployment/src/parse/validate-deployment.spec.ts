import { readFileSync } from 'node:fs';
import path from 'node:path';

import { loadNationalCalendar, loadTemplates } from '../files/deployment-files';
import type { AgencyTemplate } from '../schema/deployment.schema';
import { type DeploymentContext, validateDeployment, validateNationalCalendar } from './validate-deployment';

const DEPLOYMENTS = path.resolve(__dirname, '../../../../deployments');
const read = (file: string) => ({ file, text: readFileSync(path.join(DEPLOYMENTS, file), 'utf8') });

function nationalTemplates(): Map<string, AgencyTemplate> {
  const { templates, problems } = loadTemplates(DEPLOYMENTS);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return templates;
}

const context: DeploymentContext = {
  templates: nationalTemplates(),
  regionExists: (code) => ['32.71', '36.74', '35.22', '32.01'].includes(code),
  adapters: new Set(['dukcapil-simulator', 'oss-simulator', 'samsat-simulator', 'lapor-simulator']),
};

/** The Bogor sample with one change, to test each refusal on an otherwise valid file. */
const bogorWith = (from: string | RegExp, to: string) => ({
  file: 'kota-bogor.yaml',
  text: read('kota-bogor.yaml').text.replace(from, to),
});

describe('national templates', () => {
  it('all validate: the 17 that recur in every mall and the agencies malls commonly host beyond them', () => {
    expect([...context.templates.keys()].sort()).toEqual(
      [
        ...[
          'bea-cukai',
          'bpjs-kesehatan',
          'bpjs-ketenagakerjaan',
          'bpn',
          'disdukcapil',
          'dpmptsp',
          'imigrasi',
          'jasa-raharja',
          'kejaksaan',
        ],
        ...['kemenag', 'pajak', 'pdam', 'pengadilan-agama', 'pengadilan-negeri', 'pln', 'polri', 'samsat'],
        // Regional offices, vertical offices, state and regional enterprises (#20).
        ...['dinkes', 'dinsos', 'disnaker', 'dishub', 'dlh', 'perkim', 'diskopukm', 'disdik', 'dppkb'],
        ...['bnn', 'kemenkum', 'bpom', 'taspen', 'pos-indonesia', 'pegadaian', 'bank-bumn', 'bpd'],
      ].sort(),
    );
  });

  it('gives every service a ticket prefix of its own, so a mall hosting every template has no clash', () => {
    const prefixes = [...context.templates.values()].flatMap((template) => template.services.map((service) => service.queue.prefix));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('states the full service standard, internal components included, in every template added for #20', () => {
    const added = ['dinkes', 'dinsos', 'disnaker', 'dishub', 'dlh', 'perkim', 'diskopukm', 'disdik', 'dppkb', 'bnn', 'kemenkum', 'bpom'];
    const services = [...added, 'taspen', 'pos-indonesia', 'pegadaian', 'bank-bumn', 'bpd'].flatMap(
      (code) => context.templates.get(code)?.services ?? [],
    );
    expect(services.length).toBeGreaterThanOrEqual(25);
    for (const service of services) {
      expect([service.code, Object.keys(service.standard).sort()]).toEqual([
        service.code,
        expect.arrayContaining([
          'staffCompetency',
          'internalSupervision',
          'serviceGuarantee',
          'safetyGuarantee',
          'performanceEvaluation',
          'facilities',
        ]),
      ]);
    }
  });

  it('says in every template file which facts are cited and which must be confirmed locally', () => {
    for (const code of context.templates.keys()) {
      const text = read(`national/${code}.yaml`).text;
      expect([code, /^# Cited: /m.test(text), /^# Confirm locally: /m.test(text)]).toEqual([code, true, true]);
    }
  });
});

describe('national calendar', () => {
  it('validates, holidays and cuti bersama apart', () => {
    const { calendar, problems } = loadNationalCalendar(DEPLOYMENTS);
    expect(problems).toEqual([]);
    expect(calendar?.holidays.map((day) => day.date)).toContain('2026-08-17');
    expect(calendar?.cutiBersama.length).toBeGreaterThan(0);
  });

  it('covers 2026 and 2027, each marked provisional until checked against the signed SKB, 17 holidays a year', () => {
    const { calendar } = loadNationalCalendar(DEPLOYMENTS);
    expect(calendar?.years.map(({ year, status }) => [year, status])).toEqual([
      [2026, 'provisional'],
      [2027, 'provisional'],
    ]);
    const holidaysOf = (year: number) => calendar?.holidays.filter((day) => day.date.startsWith(`${year}-`)) ?? [];
    expect(holidaysOf(2026)).toHaveLength(17);
    expect(holidaysOf(2027)).toHaveLength(17);
    // Western Easter 2027 is 28 March: Good Friday two days before, Ascension 39 days after.
    expect(holidaysOf(2027).map((day) => day.date)).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-03-26', '2027-03-28', '2027-05-06']),
    );
  });

  it('refuses a date in a year the file does not declare, a year declared twice, and a year without holidays', () => {
    const header = 'apiVersion: mpp.go.id/v1\nkind: NationalCalendar\n';
    const result = validateNationalCalendar({
      file: 'holidays.yaml',
      text:
        header +
        'years:\n  - { year: 2027, status: provisional, source: test }\n  - { year: 2027, status: decree, source: test }\n' +
        '  - { year: 2028, status: decree, source: test }\n' +
        "holidays:\n  - { date: '2027-01-01', reason: Tahun Baru }\n  - { date: '2029-01-01', reason: Tahun Baru }\n",
    });
    expect(result.value).toBeUndefined();
    expect(result.problems.map((problem) => [problem.path, problem.line, problem.message])).toEqual([
      ['years[1].year', 5, 'year 2027 is declared twice'],
      ['years[2].year', 6, 'year 2028 has no holiday listed'],
      ['holidays[1].date', 9, '2029-01-01 is in a year not declared under years'],
    ]);
  });
});

describe('validateDeployment', () => {
  it.each([
    ['kota-bogor.yaml', '32.71', 13],
    ['kota-tangerang-selatan.yaml', '36.74', 17],
    ['kabupaten-bojonegoro.yaml', '35.22', 5],
  ])('accepts the sample %s', async (file, region, agencies) => {
    const result = await validateDeployment(read(file), context);
    expect(result.problems).toEqual([]);
    expect(result.value?.region.code).toBe(region);
    expect(result.value?.agencies).toHaveLength(agencies);
  });

  it('resolves a template service with the region’s overrides', async () => {
    const result = await validateDeployment(read('kota-bogor.yaml'), context);
    const ktp = result.value?.agencies
      .find((agency) => agency.code === 'disdukcapil')
      ?.services.find((service) => service.code === 'ktp-el');
    expect(ktp?.queue).toEqual({
      prefix: 'A',
      mode: 'both',
      dailyQuota: 200,
      slotMinutes: 15,
      slotCapacity: 5,
      callOrder: { strategy: 'booked_first', windowMinutes: 15 },
    });
    expect(ktp?.standard.fee.amount).toBe(0);
    expect(ktp?.standard.requirements.length).toBeGreaterThan(0);
  });

  it('refuses a region no one has, at its line', async () => {
    const result = await validateDeployment(bogorWith("code: '32.71'", "code: '32.99'"), context);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'REGION_NOT_FOUND', path: 'region.code', line: 8, file: 'kota-bogor.yaml' }),
    ]);
    expect(result.value).toBeUndefined();
  });

  it('refuses a service without a fee, naming the path and line', async () => {
    const text = read('kota-bogor.yaml').text.replace(
      /\n {10}fee: \{ amount: 0, legalBasis: Perda Kota Bogor tentang Pajak Daerah dan Retribusi Daerah \(pelayanan tidak dipungut biaya\) \}/,
      '',
    );
    const result = await validateDeployment({ file: 'kota-bogor.yaml', text }, context);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'FIELD_INVALID', path: 'agencies[2].services[0].standard.fee', line: expect.any(Number) }),
    ]);
    expect(result.problems[0].message).toMatch(/fee/);
  });

  it('refuses a ticket prefix used twice at one site', async () => {
    const result = await validateDeployment(
      bogorWith('queue: { prefix: Y, mode: walk_in, dailyQuota: 40 }', 'queue: { prefix: X, mode: walk_in, dailyQuota: 40 }'),
      context,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_TICKET_PREFIX',
        path: 'agencies[2].services[1].queue.prefix',
        message: expect.stringContaining('bapenda/pbb-p2'),
      }),
    ]);
  });

  it('lists every wrong type and unknown field at once, each with its line', async () => {
    const text = read('kota-bogor.yaml')
      .text.replace('queue: { prefix: X, mode: walk_in, dailyQuota: 60 }', "queue: { prefix: X, mode: walk_in, dailyQuota: 'many' }")
      .replace('kind: mall', 'kind: mall\n    parking: true')
      .replace('rolloutStatus: inaugurated', 'rolloutStatus: opened');
    const result = await validateDeployment({ file: 'kota-bogor.yaml', text }, context);
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual(
      expect.arrayContaining([
        ['FIELD_INVALID', 'region.rolloutStatus'],
        ['FIELD_UNKNOWN', 'sites[0]'],
        ['FIELD_INVALID', 'agencies[2].services[0].queue.dailyQuota'],
      ]),
    );
    expect(result.problems).toHaveLength(3);
    expect(result.problems.every((problem) => typeof problem.line === 'number')).toBe(true);
  });

  it('lists an unknown region together with the schema’s problems', async () => {
    const text = read('kota-bogor.yaml')
      .text.replace("code: '32.71'", "code: '32.99'")
      .replace('rolloutStatus: inaugurated', 'rolloutStatus: opened');
    const result = await validateDeployment({ file: 'kota-bogor.yaml', text }, context);
    expect(result.problems.map((problem) => problem.code).sort()).toEqual(['FIELD_INVALID', 'REGION_NOT_FOUND']);
  });

  it('refuses broken YAML with its line', async () => {
    const result = await validateDeployment(
      { file: 'broken.yaml', text: 'apiVersion: mpp.go.id/v1\nregion: [unclosed\nsites: []\n' },
      context,
    );
    expect(result.problems[0]).toMatchObject({ code: 'YAML_INVALID', file: 'broken.yaml', line: expect.any(Number) });
  });

  it('refuses a duplicated key, which YAML would otherwise silently overwrite', async () => {
    const result = await validateDeployment(bogorWith('kind: RegionDeployment', 'kind: RegionDeployment\nkind: RegionDeployment'), context);
    expect(result.problems[0]).toMatchObject({ code: 'YAML_INVALID', line: 7 });
  });

  it('refuses an unknown template, an unknown coordinator and an unknown adapter', async () => {
    const text = read('kota-bogor.yaml')
      .text.replace('template: polri/skck', 'template: polri/sim-baru')
      .replace('coordinator: dpmptsp-kota-bogor', 'coordinator: bappeda')
      .replace('vehicleTax: samsat-simulator', 'vehicleTax: samsat-jabar-http');
    const result = await validateDeployment({ file: 'kota-bogor.yaml', text }, context);
    expect(result.problems.map((problem) => problem.code).sort()).toEqual(['ADAPTER_UNKNOWN', 'AGENCY_UNKNOWN', 'TEMPLATE_UNKNOWN']);
  });

  it('refuses an adapter of another system when it knows each adapter’s system', async () => {
    const systems = new Map([
      ['dukcapil-simulator', 'population'],
      ['oss-simulator', 'licensing'],
      ['samsat-simulator', 'vehicleTax'],
      ['lapor-simulator', 'complaints'],
    ]);
    const valid = await validateDeployment(read('kota-bogor.yaml'), { ...context, adapters: systems });
    expect(valid.problems).toEqual([]);
    const swapped = await validateDeployment(bogorWith('population: dukcapil-simulator', 'population: oss-simulator'), {
      ...context,
      adapters: systems,
    });
    expect(swapped.problems).toEqual([
      expect.objectContaining({
        code: 'ADAPTER_WRONG_SYSTEM',
        path: 'integrations.population',
        message: expect.stringContaining('is for licensing'),
      }),
    ]);
  });
});

describe('files that must be refused, each with a message about what is there', () => {
  const problemsOf = async (source: { file: string; text: string; invalidUtf8?: { offset: number; line: number; column: number } }) =>
    (await validateDeployment(source, context)).problems.map((problem) => ({
      code: problem.code,
      path: problem.path,
      line: problem.line,
      message: problem.message,
    }));

  it('refuses a break outside the opening hours, naming the hours', async () => {
    const problems = await problemsOf(bogorWith(/from: '11:30', to: '13:00'/, "from: '18:00', to: '19:00'"));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'BREAK_OUTSIDE_HOURS',
        path: 'sites[0].breaks[0].from',
        message: expect.stringContaining('18:00–19:00 on fri'),
      }),
    ]);
  });

  it('refuses a ticket cut-off after closing', async () => {
    const problems = await problemsOf(bogorWith("mon: '15:00'", "mon: '23:30'"));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'CUTOFF_OUTSIDE_HOURS',
        path: 'sites[0].ticketCutoff.mon',
        message: expect.stringContaining('after closing'),
      }),
    ]);
  });

  it('refuses a YAML alias bomb with its line, without expanding it', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const started = Date.now();
    const problems = await problemsOf({ file: 'bomb.yaml', text: lines.join('\n') });
    expect(problems).toEqual([expect.objectContaining({ code: 'YAML_ALIAS_LIMIT', line: 2 })]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('calls an empty file empty', async () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      expect(await problemsOf({ file: 'empty.yaml', text })).toEqual([
        { code: 'FILE_EMPTY', path: '', line: 1, message: expect.stringContaining('the file is empty') },
      ]);
    }
  });

  it('refuses two YAML documents in one file, at the second', async () => {
    const text = `${read('kota-bogor.yaml').text}\n---\napiVersion: mpp.go.id/v1\n`;
    const problems = await problemsOf({ file: 'two.yaml', text });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'MULTIPLE_DOCUMENTS', message: expect.stringContaining('2 YAML documents') }),
    ]);
    expect(problems[0].line).toBeGreaterThan(100);
  });

  it('refuses bytes that are not UTF-8, with the line', async () => {
    const problems = await problemsOf({ file: 'latin1.yaml', text: 'x', invalidUtf8: { offset: 40, line: 3, column: 9 } });
    expect(problems).toEqual([expect.objectContaining({ code: 'TEXT_NOT_UTF8', line: 3 })]);
  });

  it('says a present field has the wrong type instead of calling it required', async () => {
    const wrongType = await problemsOf(bogorWith(/coordinates: \{[^}]*\}/, 'coordinates: 42'));
    expect(wrongType).toEqual([
      expect.objectContaining({ path: 'sites[0].coordinates', message: '"coordinates" must be an object, not the number 42' }),
    ]);
    const missing = await problemsOf(bogorWith(/ *coordinates: \{[^}]*\}\n/, ''));
    expect(missing).toEqual([expect.objectContaining({ path: 'sites[0].coordinates', message: '"coordinates" is required' })]);
  });
});
