import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';

import { expectEveryRouteToDeclareAccess, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('admin app', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
  });
  afterAll(() => testApp.close());

  it('is live and ready', async () => {
    await request(testApp.server).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(testApp.server).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('declares who may call each route, on every route', async () => {
    const openApi = await request(testApp.server).get('/docs-json').expect(200);
    expectEveryRouteToDeclareAccess(testApp.app, openApi.body);
  });

  it('serves its own OpenAPI 3 document', async () => {
    const response = await request(testApp.server).get('/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.info.title).toBe('MPP Platform Admin API');
    expect(Object.keys(response.body.paths).sort()).toEqual([
      '/admin/api/v1/api-keys',
      '/admin/api/v1/api-keys/{id}',
      '/admin/api/v1/api-keys/{id}/revoke',
      '/admin/api/v1/api-keys/{id}/rotate',
      '/admin/api/v1/audit-events',
      '/admin/api/v1/deployments/apply',
      '/admin/api/v1/deployments/plan',
      '/admin/api/v1/deployments/schema',
      '/admin/api/v1/deployments/template-plan',
      '/admin/api/v1/deployments/validate',
      '/admin/api/v1/national-calendar',
      '/admin/api/v1/national/progress',
      '/admin/api/v1/national/regions',
      '/admin/api/v1/national/regions/export',
      '/admin/api/v1/national/sites',
      '/admin/api/v1/regions/{regionCode}/calendar-overrides',
      '/admin/api/v1/regions/{regionCode}/calendar-overrides/{id}/cancel',
      '/admin/api/v1/regions/{regionCode}/deployment',
      '/admin/api/v1/regions/{regionCode}/deployment/initial',
      '/admin/api/v1/regions/{regionCode}/devices',
      '/admin/api/v1/regions/{regionCode}/devices/pairing-codes',
      '/admin/api/v1/regions/{regionCode}/devices/{id}/revoke',
      '/admin/api/v1/staff',
      '/admin/api/v1/staff/{id}',
      '/admin/api/v1/staff/{id}/password',
      '/health/live',
      '/health/ready',
    ]);
    await expect(SwaggerParser.validate(structuredClone(response.body))).resolves.toBeDefined();
  });

  it('answers an unknown route with the shared error body', async () => {
    const response = await request(testApp.server).post('/admin/api/v1/nothing').send({}).expect(404);
    expect(response.body).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.any(String), requestId: expect.any(String) });
  });
});

describe('admin app with docs switched off', () => {
  it('serves no documentation', async () => {
    const testApp = await startTestApp(ADMIN_APP, { DOCS_ENABLED: 'false' });
    try {
      await request(testApp.server).get('/docs-json').expect(404);
    } finally {
      await testApp.close();
    }
  });
});
