import { readFileSync } from 'node:fs';
import path from 'node:path';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { bearerFor, createStaff, DEPLOYMENTS_DIR, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

const file = (name: string) => readFileSync(path.join(DEPLOYMENTS_DIR, name), 'utf8');

describe('deployments through the admin API', () => {
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

  const yaml = (who: string, step: string, content: string) =>
    request(testApp.server)
      .post(`/admin/api/v1/deployments/${step}`)
      .set('authorization', bearer[who])
      .set('content-type', 'application/yaml')
      .send(content);
  const count = async (sql: string) => Number((await testApp.app.get(DataSource).query(sql))[0].count);

  it('lets the region admin validate, plan and apply its own region, and a second apply changes nothing', async () => {
    const bogor = file('kota-bogor.yaml');
    expect((await yaml('bogor', 'validate', bogor).expect(200)).body).toEqual({ regionCode: '32.71', agencies: 13, services: 17 });
    const plan = await yaml('bogor', 'plan', bogor).expect(200);
    expect(plan.body.summary).toEqual({ create: 50, update: 0, reactivate: 0, deactivate: 0 });
    expect(await count(`SELECT count(*) FROM agency`)).toBe(0);

    const applied = await yaml('bogor', 'apply', bogor).expect(200);
    expect(applied.body.summary.create).toBe(50);
    const again = await request(testApp.server)
      .post('/admin/api/v1/deployments/apply')
      .set('authorization', bearer['bogor'])
      .send({ content: bogor })
      .expect(200);
    expect(again.body).toEqual({ regionCode: '32.71', changes: [], summary: { create: 0, update: 0, reactivate: 0, deactivate: 0 } });

    const audit = await request(testApp.server)
      .get('/admin/api/v1/audit-events?action=deployment.apply')
      .set('authorization', bearer['bogor'])
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorType: 'staff', regionCode: '32.71', details: { changes: { create: 50 } } });
  });

  it('refuses another region’s file to a region admin', async () => {
    const response = await yaml('bogor', 'apply', file('kota-tangerang-selatan.yaml')).expect(403);
    expect(response.body.code).toBe('OUT_OF_SCOPE');
    expect(await count(`SELECT count(*) FROM deployment_region WHERE region_code = '36.74'`)).toBe(0);
  });

  it('refuses staff who are not admins', async () => {
    expect((await yaml('officer', 'validate', file('kota-bogor.yaml')).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('answers a broken file with every problem and its line, and changes nothing', async () => {
    const broken = file('kabupaten-bojonegoro.yaml')
      .replace("code: '35.22'", "code: '35.99'")
      .replace('queue: { prefix: A', 'queue: { prefix: a')
      .replace('rolloutStatus: rintisan', 'rolloutStatus: soon');
    const response = await yaml('national', 'apply', broken).expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'DEPLOYMENT_INVALID' });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'region.rolloutStatus',
          message: expect.stringMatching(/^baris \d+, kolom \d+: FIELD_INVALID nilai isian/),
        }),
      ]),
    );
    expect(await count(`SELECT count(*) FROM deployment_region WHERE region_code LIKE '35.%'`)).toBe(0);
  });

  it('refuses an integration adapter the registry does not know', async () => {
    const unknown = file('kota-bogor.yaml').replace('population: dukcapil-simulator', 'population: dukcapil-v2');
    const response = await yaml('national', 'validate', unknown).expect(400);
    expect(response.body.errors).toEqual([
      {
        path: 'integrations.population',
        message: expect.stringMatching(
          /ADAPTER_UNKNOWN tidak ada adaptor integrasi dengan nama ini \(no integration adapter is named "dukcapil-v2"\)$/,
        ),
      },
    ]);
    const english = await yaml('national', 'validate', unknown).set('accept-language', 'en').expect(400);
    expect(english.body.errors).toEqual([
      { path: 'integrations.population', message: expect.stringMatching(/ADAPTER_UNKNOWN no integration adapter is named "dukcapil-v2"$/) },
    ]);
  });

  it('answers YAML that does not parse with its line', async () => {
    const response = await yaml('national', 'validate', 'apiVersion: mpp.go.id/v1\nregion: [oops\n').expect(400);
    expect(response.body.errors[0].message).toMatch(/^baris \d+, kolom \d+: YAML_INVALID YAML tidak valid/);
  });

  it('lets a national admin apply any region', async () => {
    await yaml('national', 'apply', file('kota-tangerang-selatan.yaml')).expect(200);
    expect(await count(`SELECT count(*) FROM agency WHERE region_code = '36.74'`)).toBe(17);
  });

  it('shows a national admin every region a template change would touch, and how; refuses it to a region admin', async () => {
    await request(testApp.server)
      .post('/admin/api/v1/deployments/apply?file=kabupaten-bojonegoro.yaml')
      .set('authorization', bearer['national'])
      .set('content-type', 'application/yaml')
      .send(file('kabupaten-bojonegoro.yaml'))
      .expect(200);
    const history = await testApp.app
      .get(DataSource)
      .query(
        `SELECT DISTINCT source_file, changed_by LIKE 'staff:%' AS by_staff FROM service_standard_version WHERE region_code = '35.22'`,
      );
    expect(history).toEqual([{ source_file: 'kabupaten-bojonegoro.yaml', by_staff: true }]);

    const current = file('national/dpmptsp.yaml');
    const version = Number(/^version: (\d+)$/m.exec(current)?.[1]);
    const template = current
      .replace(/^version: \d+$/m, `version: ${version + 1}`)
      .replace('value: 28, unit: working_days', 'value: 21, unit: working_days');
    const drift = await yaml('national', 'template-plan', template).expect(200);
    expect(drift.body).toMatchObject({ template: 'dpmptsp', toVersion: version + 1 });
    expect(drift.body.regions).toEqual(
      expect.arrayContaining([
        {
          regionCode: '35.22',
          services: [
            {
              key: 'dpmptsp/pbg',
              template: 'dpmptsp/pbg',
              fromVersion: version,
              action: 'update',
              changes: [{ path: 'standard.completionTime.value', from: 28, to: 21 }],
            },
          ],
        },
      ]),
    );
    const refused = await yaml('national', 'template-plan', template.replace('agencyKind: perangkat_daerah', 'agencyKind: dinas')).expect(
      400,
    );
    expect(refused.body).toMatchObject({ code: 'TEMPLATE_INVALID', errors: [expect.objectContaining({ path: 'agencyKind' })] });
    await yaml('bogor', 'template-plan', template).expect(403);
    await request(testApp.server)
      .post('/admin/api/v1/deployments/apply?file=../../etc/passwd')
      .set('authorization', bearer['national'])
      .send({ content: file('kabupaten-bojonegoro.yaml') })
      .expect(400);
  });
});
