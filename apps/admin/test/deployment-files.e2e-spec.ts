import { readFileSync } from 'node:fs';
import path from 'node:path';

import request from 'supertest';

import { bearerFor, createStaff, DEPLOYMENTS_DIR, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

const file = (name: string) => readFileSync(path.join(DEPLOYMENTS_DIR, name), 'utf8');

describe('deployment files for the console: schema, export, a new region’s start', () => {
  let testApp: TestApp;
  const bearer: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    bearer['national'] = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'national_admin' }));
    bearer['bogor'] = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    bearer['officer'] = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
  });
  afterAll(() => testApp.close());

  const get = (who: string, url: string) => request(testApp.server).get(url).set('authorization', bearer[who]);
  const post = (who: string, step: string, content: string) =>
    request(testApp.server).post(`/admin/api/v1/deployments/${step}`).set('authorization', bearer[who]).send({ content });

  it('gives admins the JSON Schema the editor completes from, and refuses it to counter staff', async () => {
    const schema = (await get('bogor', '/admin/api/v1/deployments/schema').expect(200)).body;
    expect(schema.title).toContain('region deployment');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'region', 'sites', 'agencies']));
    expect((await get('officer', '/admin/api/v1/deployments/schema').expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('exports the live configuration as a file that applies back to no change', async () => {
    expect((await get('bogor', '/admin/api/v1/regions/32.71/deployment').expect(404)).body.code).toBe('DEPLOYMENT_NOT_FOUND');
    await post('bogor', 'apply', file('kota-bogor.yaml')).expect(200);
    const exported = (await get('bogor', '/admin/api/v1/regions/32.71/deployment').expect(200)).body;
    expect(exported).toMatchObject({ regionCode: '32.71', fileName: 'kota-bogor.yaml' });
    const replan = (await post('bogor', 'plan', exported.content).expect(200)).body;
    expect(replan.changes).toEqual([]);
  });

  it('plans an edit as before → after for each changed field', async () => {
    const dearer = file('kota-bogor.yaml').replace('rolloutStatus: inaugurated', 'rolloutStatus: operational');
    const plan = (await post('bogor', 'plan', dearer).expect(200)).body;
    expect(plan.changes).toContainEqual({
      action: 'update',
      kind: 'region',
      key: '32.71',
      fields: ['rolloutStatus'],
      diff: [{ field: 'rolloutStatus', before: 'inaugurated', after: 'operational' }],
    });
  });

  it('starts a new region from the national templates, which validates up to what only the region knows', async () => {
    const start = (await get('national', '/admin/api/v1/regions/35.07/deployment/initial').expect(200)).body;
    expect(start.regionCode).toBe('35.07');
    expect(start.content).toContain('kind: RegionDeployment');
    expect(start.content).toContain('template: disdukcapil/ktp-el');
    const problems = (await post('national', 'validate', start.content).expect(400)).body;
    expect(problems.code).toBe('DEPLOYMENT_INVALID');
    expect((await get('national', '/admin/api/v1/regions/99.99/deployment/initial').expect(404)).body.code).toBe('REGION_NOT_FOUND');
  });

  it('keeps a region admin to its own region', async () => {
    expect((await get('bogor', '/admin/api/v1/regions/36.74/deployment').expect(403)).body.code).toBeDefined();
    expect((await get('bogor', '/admin/api/v1/regions/36.74/deployment/initial').expect(403)).body.code).toBeDefined();
  });

  it('records what each apply changed in the audit trail, for the history of applies', async () => {
    const audit = (await get('bogor', '/admin/api/v1/audit-events?action=deployment.apply&region=32.71').expect(200)).body;
    expect(audit.items[0].details.items).toContainEqual({ action: 'create', kind: 'agency', key: 'disdukcapil' });
  });
});
