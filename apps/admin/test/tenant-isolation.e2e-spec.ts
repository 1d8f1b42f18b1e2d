import { readFileSync } from 'node:fs';
import path from 'node:path';

import request from 'supertest';

import {
  applySampleDeployments,
  bearerFor,
  createStaff,
  DEPLOYMENTS_DIR,
  startTestApp,
  type TestApp,
  walkTenantRoutes,
} from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('tenant isolation of the admin app', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
  });
  afterAll(() => testApp.close());

  it('refuses a region admin of 32.71 every read and write of 36.74, on every route of the OpenAPI document', async () => {
    const intruder = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    const owner = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '36.74' }));
    const tangselOfficer = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '36.74', agencyCode: 'samsat' });
    const tangselKey = await request(testApp.server)
      .post('/admin/api/v1/api-keys')
      .set('authorization', owner)
      .send({ name: 'Tangsel portal', scopes: ['catalog:read'], regionCode: '36.74' })
      .expect(201);
    await applySampleDeployments(testApp.app, ['kota-tangerang-selatan.yaml']);
    const tangselOverride = await request(testApp.server)
      .post('/admin/api/v1/regions/36.74/calendar-overrides')
      .set('authorization', owner)
      .send({
        siteCode: 'mpp-tangsel',
        date: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
        kind: 'closed',
        reason: 'Rapat',
      })
      .expect(201);
    const tangselKiosk = await request(testApp.server)
      .post('/admin/api/v1/regions/36.74/devices')
      .set('authorization', owner)
      .send({ siteCode: 'mpp-tangsel', kind: 'kiosk', name: 'Kiosk lobi' })
      .expect(201);
    const records: Record<string, string> = {
      '/admin/api/v1/regions/{regionCode}/devices/{id}': tangselKiosk.body.id,
      '/admin/api/v1/regions/{regionCode}/calendar-overrides/{id}': tangselOverride.body.id,
      '/admin/api/v1/staff/{id}': tangselOfficer.id,
      '/admin/api/v1/api-keys/{id}': tangselKey.body.id,
    };
    const openApi = await request(testApp.server).get('/docs-json').expect(200);

    const tangselFile = { content: readFileSync(path.join(DEPLOYMENTS_DIR, 'kota-tangerang-selatan.yaml'), 'utf8') };
    const { walked, unchecked } = await walkTenantRoutes(testApp.app, openApi.body, {
      intruder,
      owner,
      otherRegion: '36.74',
      ownAccountRoutes: [],
      sharedRoutes: ['GET /admin/api/v1/deployments/schema'],
      bodies: {
        'POST /admin/api/v1/deployments/validate': tangselFile,
        'POST /admin/api/v1/deployments/plan': tangselFile,
        'POST /admin/api/v1/deployments/apply': tangselFile,
        'POST /admin/api/v1/staff/{id}/password': { newPassword: 'a valid new passphrase' },
        'POST /admin/api/v1/regions/{regionCode}/devices': { siteCode: 'mpp-tangsel', kind: 'kiosk', name: 'Kiosk palsu' },
        'POST /admin/api/v1/regions/{regionCode}/devices/pairing-codes': { siteCode: 'mpp-tangsel', kind: 'board', name: 'Papan palsu' },
      },
      idOf: (path, param) => {
        if (param === 'regionCode') return '36.74';
        const record = Object.entries(records).find(([prefix]) => path.startsWith(prefix))?.[1];
        if (!record) throw new Error(`no 36.74 record for {${param}} of ${path}: add one to this test`);
        return record;
      },
    });

    expect(unchecked).toEqual([]);
    expect(walked.length).toBeGreaterThanOrEqual(15);
    const leaks = walked.filter((call) => call.status !== 403 && call.status !== 404);
    expect(leaks).toEqual([]);
  });
});
