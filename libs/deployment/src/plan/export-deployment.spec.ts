import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadTemplates } from '../files/deployment-files';
import path from 'node:path';
import { type DeploymentContext, validateDeployment } from '../parse/validate-deployment';
import { desiredState } from './deployment-state';
import { exportDeployment, initialDeployment } from './export-deployment';
import { planDeployment } from './plan-deployment';

const DEPLOYMENTS = path.resolve(__dirname, '../../../../deployments');
const { templates } = loadTemplates(DEPLOYMENTS);
const context: DeploymentContext = { templates, regionExists: () => true };

describe('exportDeployment', () => {
  it('writes a file that validates and would change nothing', async () => {
    const bogor = await validateDeployment(
      { file: 'kota-bogor.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8') },
      context,
    );
    const state = desiredState(bogor.value as NonNullable<typeof bogor.value>);
    const text = exportDeployment(state, new Date('2026-11-25T02:00:00Z'));
    expect(text).toContain('# Exported from the live configuration of 32.71 at 2026-11-25T02:00:00.000Z.');
    const reread = await validateDeployment({ file: 'export.yaml', text }, context);
    expect(reread.problems).toEqual([]);
    expect(planDeployment(desiredState(reread.value as NonNullable<typeof reread.value>), state).changes).toEqual([]);
  });

  it('reads the same in YAML 1.1 as in 1.2: times, dates and codes are quoted', async () => {
    const bogor = await validateDeployment(
      { file: 'kota-bogor.yaml', text: readFileSync(path.join(DEPLOYMENTS, 'kota-bogor.yaml'), 'utf8') },
      context,
    );
    const text = exportDeployment(desiredState(bogor.value as NonNullable<typeof bogor.value>), new Date('2026-11-25T02:00:00Z'));
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
      sites: [],
      agencies: [],
    });
    state.counters.set('a/loket-9', { active: false, value: { name: 'Loket 9' } });
    expect(exportDeployment(state, new Date())).not.toContain('loket-9');
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
