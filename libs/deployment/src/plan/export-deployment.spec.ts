import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { loadTemplates } from '../files/deployment-files';
import { type DeploymentContext, validateDeployment } from '../parse/validate-deployment';
import type { AgencyTemplate, RegionDeployment, ServiceConfig } from '../schema/deployment.schema';
import { DEFAULT_FEEDBACK_SETTINGS } from '../schema/feedback.schema';
import { desiredState } from './deployment-state';
import { exportDeployment, initialDeployment } from './export-deployment';
import { planDeployment } from './plan-deployment';
import { planTemplateChange } from './template-drift';

const DEPLOYMENTS = path.resolve(__dirname, '../../../../deployments');
const { templates } = loadTemplates(DEPLOYMENTS);
const context: DeploymentContext = { templates, regionExists: () => true };
const bogorSource = () => ({ file: 'kota-bogor.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8') });

/** The national templates with disdukcapil/ktp-el changed, as version 2. */
function withTemplateChange(change: (service: ServiceConfig) => ServiceConfig): Map<string, AgencyTemplate> {
  const template = templates.get('disdukcapil') as AgencyTemplate;
  const services = template.services.map((service) => (service.code === 'ktp-el' ? change(service) : service));
  return new Map([...templates, ['disdukcapil', { ...template, version: 2, services }]]);
}

describe('exportDeployment', () => {
  it('writes a file that validates and would change nothing', async () => {
    const bogor = await validateDeployment(
      { file: 'kota-bogor.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8') },
      context,
    );
    const state = desiredState(bogor.value as NonNullable<typeof bogor.value>);
    const text = exportDeployment(state, new Date('2026-11-25T02:00:00Z'), templates);
    expect(text).toContain('# Exported from the live configuration of 32.71 at 2026-11-25T02:00:00.000Z.');
    const reread = await validateDeployment({ file: 'export.yaml', text }, context);
    expect(reread.problems).toEqual([]);
    expect(planDeployment(desiredState(reread.value as NonNullable<typeof reread.value>), state).changes).toEqual([]);
  });

  it('writes a templated service as its template plus only what the region overrides', async () => {
    const state = desiredState((await validateDeployment(bogorSource(), context)).value as RegionDeployment);
    const document = parse(exportDeployment(state, new Date(), templates)) as { agencies: { code: string; services: object[] }[] };
    const disdukcapil = document.agencies.find((agency) => agency.code === 'disdukcapil');
    expect(disdukcapil?.services[0]).toEqual({
      template: 'disdukcapil/ktp-el',
      queue: {
        prefix: 'A',
        mode: 'both',
        dailyQuota: 200,
        slotMinutes: 15,
        slotCapacity: 5,
        callOrder: { strategy: 'booked_first', windowMinutes: 15 },
      },
    });
    expect(disdukcapil?.services[1]).toEqual({ template: 'disdukcapil/kartu-keluarga' });
  });

  it('keeps the link after the template changed, writing the region’s values that now differ as overrides', async () => {
    const state = desiredState((await validateDeployment(bogorSource(), context)).value as RegionDeployment);
    const changed = withTemplateChange((service) => ({ ...service, standard: { ...service.standard, product: 'KTP-el dan KIA' } }));
    const text = exportDeployment(state, new Date(), changed);
    const document = parse(text) as { agencies: { code: string; services: Record<string, unknown>[] }[] };
    const ktp = document.agencies.find((agency) => agency.code === 'disdukcapil')?.services[0];
    expect(ktp).toMatchObject({ template: 'disdukcapil/ktp-el', standard: { product: 'KTP Elektronik' } });
    expect(Object.keys(ktp?.['standard'] as object)).toEqual(['product']);
    const reread = await validateDeployment({ file: 'export.yaml', text }, { ...context, templates: changed });
    const replanned = planDeployment(desiredState(reread.value as RegionDeployment), state).changes;
    // Only the links move to the template's new version; the services citizens see stay as they are.
    expect(replanned).toEqual(
      expect.arrayContaining(
        ['ktp-el', 'kartu-keluarga', 'akta-kelahiran'].map((code) =>
          expect.objectContaining({ action: 'update', kind: 'service', key: `disdukcapil/${code}`, fields: ['origin'] }),
        ),
      ),
    );
    expect(replanned).toHaveLength(3);
  });

  it('reads the same in YAML 1.1 as in 1.2: times, dates and codes are quoted', async () => {
    const bogor = await validateDeployment(
      { file: 'kota-bogor.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8') },
      context,
    );
    const text = exportDeployment(
      desiredState(bogor.value as NonNullable<typeof bogor.value>),
      new Date('2026-11-25T02:00:00Z'),
      templates,
    );
    expect(text).toContain("from: '07:30'");
    expect(text).not.toMatch(/: \d\d:\d\d\b/);
    expect(parse(text, { version: '1.1' })).toEqual(parse(text, { version: '1.2' }));
  });

  it('leaves out what is deactivated', () => {
    const state = desiredState({
      region: { code: '35.22', rolloutStatus: 'rintisan', coordinator: 'a' },
      apiVersion: 'mpp.go.id/v1',
      kind: 'RegionDeployment',
      integrations: {},
      feedback: DEFAULT_FEEDBACK_SETTINGS,
      sites: [],
      agencies: [],
    });
    state.counters.set('a/loket-9', { active: false, value: { name: 'Loket 9' } });
    expect(exportDeployment(state, new Date(), templates)).not.toContain('loket-9');
  });
});

describe('planTemplateChange', () => {
  const regions = async () => {
    const bogor = (await validateDeployment(bogorSource(), context)).value as RegionDeployment;
    const tangsel = (
      await validateDeployment(
        { file: 't.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-tangerang-selatan.yaml'), 'utf8') },
        context,
      )
    ).value as RegionDeployment;
    return [bogor, tangsel].flatMap((deployment) =>
      [...desiredState(deployment).services.entries()].map(([key, service]) => ({
        regionCode: deployment.region.code,
        agencyCode: key.split('/')[0],
        serviceCode: key.split('/')[1],
        record: service.value,
      })),
    );
  };

  it('lists every region a template change would change, and how, leaving those whose overrides cover it', async () => {
    const changed = withTemplateChange((service) => ({
      ...service,
      queue: { ...service.queue, dailyQuota: 180 },
      standard: { ...service.standard, product: 'KTP-el dan KIA' },
    }));
    const drift = planTemplateChange(changed.get('disdukcapil') as AgencyTemplate, await regions());
    expect(drift.toVersion).toBe(2);
    expect(drift.regions).toEqual([
      // Bogor overrides the whole queue, so only the product reaches it.
      {
        regionCode: '32.71',
        services: [
          {
            key: 'disdukcapil/ktp-el',
            template: 'disdukcapil/ktp-el',
            fromVersion: 1,
            action: 'update',
            changes: [{ path: 'standard.product', from: 'KTP Elektronik', to: 'KTP-el dan KIA' }],
          },
        ],
      },
      {
        regionCode: '36.74',
        services: [
          expect.objectContaining({
            key: expect.stringMatching(/\/ktp-el$/),
            changes: [
              { path: 'queue.dailyQuota', from: 150, to: 180 },
              { path: 'standard.product', from: 'KTP Elektronik', to: 'KTP-el dan KIA' },
            ],
          }),
        ],
      },
    ]);
    expect(drift.unchanged).toBe(4);
  });

  it('reports a service the template dropped, and overrides that no longer fit', async () => {
    const template = templates.get('disdukcapil') as AgencyTemplate;
    const dropped = { ...template, version: 2, services: template.services.filter((service) => service.code !== 'akta-kelahiran') };
    const drift = planTemplateChange(dropped, await regions());
    expect(drift.regions.flatMap((region) => region.services.map((service) => [region.regionCode, service.action]))).toEqual([
      ['32.71', 'removed'],
      ['36.74', 'removed'],
    ]);
    // A region that only switched the mode to "both" relied on the template's slots, which version 2 drops.
    const [ktp] = (await regions()).filter((service) => service.regionCode === '36.74' && service.serviceCode === 'ktp-el');
    const origin = { template: 'disdukcapil/ktp-el', version: 1, overrides: { queue: { mode: 'both' } } };
    const walkInOnly = withTemplateChange((service) => ({
      ...service,
      queue: { prefix: 'A', mode: 'walk_in', dailyQuota: 100, callOrder: { strategy: 'fcfs' } },
    }));
    const unfit = planTemplateChange(walkInOnly.get('disdukcapil') as AgencyTemplate, [{ ...ktp, record: { ...ktp.record, origin } }]);
    expect(unfit.regions).toEqual([
      { regionCode: '36.74', services: [expect.objectContaining({ action: 'problem', problem: expect.stringContaining('slotMinutes') })] },
    ]);
  });
});

describe('initialDeployment', () => {
  const text = initialDeployment('33.74', 'KOTA SEMARANG', templates);

  it('starts from every national template, names the region, and marks what to fill in', async () => {
    expect(text).toContain("code: '33.74'");
    expect(text).toContain('Mal Pelayanan Publik Kota Semarang');
    const result = await validateDeployment({ file: 'kota-semarang.yaml', text }, context);
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['PLACEHOLDER_LEFT', 'sites[0].address'],
      ['PLACEHOLDER_LEFT', 'sites[0].coordinates.lat'],
      ['PLACEHOLDER_LEFT', 'sites[0].coordinates.lon'],
    ]);
  });

  it('applies once the site’s location is filled in', async () => {
    const edited = text
      .replace('coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }', 'coordinates: { lat: -6.9667, lon: 110.4167 }')
      .replace('FILL IN the street address of the MPP', 'Jl. Pemuda No. 148, Semarang');
    const result = await validateDeployment({ file: 'kota-semarang.yaml', text: edited }, context);
    expect(result.problems).toEqual([]);
    expect(result.value?.agencies).toHaveLength(templates.size);
  });
});
