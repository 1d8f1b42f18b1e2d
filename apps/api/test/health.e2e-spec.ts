import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';

import { NationalCalendarRepository } from '@mpp/persistence';
import { todayInWib } from '@mpp/platform';
import { expectEveryRouteToDeclareAccess, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('API health, errors and documentation', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
  });
  afterAll(() => testApp.close());

  it('is live without asking the database', async () => {
    await request(testApp.server).get('/health/live').expect(200, { status: 'ok' });
  });

  it('is ready when the database answers', async () => {
    const response = await request(testApp.server).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('stays ready but warns, in Indonesian or English, while the national calendar does not cover the next 90 days', async () => {
    const calendar = testApp.app.get(NationalCalendarRepository);
    const thisYear = Number(todayInWib().slice(0, 4));
    const load = (year: number) =>
      calendar.replace({
        apiVersion: 'mpp.go.id/v1',
        kind: 'NationalCalendar',
        years: [{ year, status: 'provisional', source: 'test' }],
        holidays: [{ date: `${year}-08-17`, reason: 'Hari Kemerdekaan Republik Indonesia' }],
        cutiBersama: [],
      });
    await load(thisYear - 1);
    const bare = await request(testApp.server).get('/health/ready').expect(200);
    expect(bare.body.details.nationalCalendar).toEqual({
      status: 'up',
      warning: {
        code: 'NATIONAL_CALENDAR_NOT_COVERED',
        uncoveredFrom: todayInWib(),
        missingYears: expect.arrayContaining([thisYear]),
        message: expect.stringContaining('Kalender nasional belum memuat'),
      },
    });
    const english = await request(testApp.server).get('/health/ready').set('accept-language', 'en').expect(200);
    expect(english.body.details.nationalCalendar.warning.message).toContain('The national calendar has no holidays loaded');
    await load(thisYear);
    await load(thisYear + 1);
    const covered = await request(testApp.server).get('/health/ready').expect(200);
    expect(covered.body.details.nationalCalendar).toEqual({ status: 'up' });
  });

  it('answers an unknown route with the shared error body', async () => {
    const response = await request(testApp.server).get('/v1/nothing-here').expect(404);
    expect(response.body).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.any(String), requestId: expect.any(String) });
  });

  it('echoes a caller-supplied request id, and makes one otherwise', async () => {
    const given = await request(testApp.server).get('/health/live').set('x-request-id', 'kiosk-7.42').expect(200);
    expect(given.headers['x-request-id']).toBe('kiosk-7.42');
    const made = await request(testApp.server).get('/health/live').set('x-request-id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await request(testApp.server).get('/health/live').expect(200);
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    expect(response.headers['content-security-policy']).toContain(`default-src 'self'`);
  });

  it('asks browsers to stay on HTTPS only over HTTPS, so kiosks on the mall network over plain HTTP still load their page', async () => {
    const plain = await request(testApp.server).get('/health/live').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');

    const proxied = await startTestApp(API_APP, { TRUST_PROXY: 'true' });
    try {
      const secure = await request(proxied.server).get('/health/live').set('X-Forwarded-Proto', 'https').expect(200);
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(secure.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      const insecure = await request(proxied.server).get('/health/live').set('X-Forwarded-Proto', 'http').expect(200);
      expect(insecure.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('declares who may call each route, on every route', async () => {
    const openApi = await request(testApp.server).get('/docs-json').expect(200);
    expectEveryRouteToDeclareAccess(testApp.app, openApi.body);
  });

  it('serves a valid OpenAPI 3 document listing every route', async () => {
    const response = await request(testApp.server).get('/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.info).toMatchObject({ title: 'MPP Platform API', version: '1' });
    expect(Object.keys(response.body.paths).sort()).toEqual(
      [
        '/health/live',
        '/health/ready',
        '/v1/auth/login',
        '/v1/auth/logout',
        '/v1/auth/password',
        '/v1/auth/refresh',
        '/v1/devices/pair',
        '/v1/me',
        '/v1/provinces',
        '/v1/provinces/{code}',
        '/v1/regions',
        '/v1/regions/{code}',
        '/v1/regions/{code}/agencies',
        '/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}',
        '/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}/standard-versions',
        '/v1/regions/{code}/mall',
        '/v1/regions/{code}/services',
        ...['', '/call', '/call-next', '/close', '/finish', '/hold', '/open', '/recall', '/skip', '/start', '/transfer'].map(
          (action) => `/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}${action}`,
        ),
        '/v1/regions/{code}/agencies/{agencyCode}/desk',
        '/v1/regions/{code}/agencies/{agencyCode}/desk/today',
        '/v1/regions/{code}/bookings',
        '/v1/regions/{code}/bookings/{bookingCode}',
        '/v1/regions/{code}/bookings/{bookingCode}/cancel',
        '/v1/regions/{code}/queue/figures',
        '/v1/regions/{code}/queue/report',
        '/v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots',
        '/v1/regions/{code}/sites/{siteCode}/board',
        '/v1/regions/{code}/sites/{siteCode}/board/events',
        '/v1/regions/{code}/sites/{siteCode}/check-ins',
        '/v1/regions/{code}/sites/{siteCode}/tickets',
        '/v1/regions/{code}/tickets/{ticketId}',
        '/v1/regions/{code}/tickets/{ticketId}/cancel',
        '/v1/regions/{code}/tickets/{ticketId}/events',
        '/v1/regions/{code}/population/verifications',
        '/v1/regions/{code}/licensing/business-lookups',
        '/v1/regions/{code}/licensing/received-businesses',
        '/v1/regions/{code}/vehicle-tax/lookups',
        '/v1/oss/receiveNIB',
        '/v1/regions/{code}/applications',
        '/v1/regions/{code}/agencies/{agencyCode}/applications',
        '/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/applications',
        '/v1/regions/{code}/applications/overdue-counts',
        '/v1/regions/{code}/applications/{id}',
        '/v1/regions/{code}/applications/{id}/actions',
        '/v1/regions/{code}/tracking/{trackingCode}',
        '/v1/regions/{code}/tracking/{trackingCode}/details',
        '/v1/regions/{code}/tracking/{trackingCode}/submit',
        '/v1/regions/{code}/tracking/{trackingCode}/resubmit',
        '/v1/regions/{code}/tracking/{trackingCode}/withdraw',
        '/v1/regions/{code}/tracking/{trackingCode}/documents',
        '/v1/regions/{code}/tracking/{trackingCode}/documents/list',
        '/v1/regions/{code}/tracking/{trackingCode}/documents/{documentId}/download',
        '/v1/regions/{code}/applications/{id}/documents',
        '/v1/regions/{code}/applications/{id}/documents/{documentId}',
        '/v1/regions/{code}/applications/{id}/documents/{documentId}/links',
        '/v1/regions/{code}/document-links/{token}',
        '/v1/regions/{code}/survey-form',
        '/v1/regions/{code}/survey-responses',
        '/v1/regions/{code}/satisfaction',
        '/v1/regions/{code}/satisfaction/report',
        '/v1/national/satisfaction',
        '/v1/regions/{code}/complaints',
        '/v1/regions/{code}/complaints/public',
        '/v1/regions/{code}/complaints/received',
        '/v1/regions/{code}/complaints/{id}',
        '/v1/regions/{code}/complaints/{id}/actions',
        '/v1/regions/{code}/complaints/{id}/forward',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}/reply',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}/close',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/list',
        '/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/{attachmentId}/download',
        '/v1/regions/{code}/complaints/{id}/attachments',
        '/v1/regions/{code}/complaints/{id}/attachments/{attachmentId}',
        '/v1/regions/{code}/complaints/{id}/attachments/{attachmentId}/share',
        '/v1/regions/{code}/notifications',
        '/v1/regions/{code}/notifications/{id}/read',
        '/v1/webhooks/subscriptions',
        '/v1/webhooks/subscriptions/{id}',
        '/v1/webhooks/subscriptions/{id}/deliveries',
        '/v1/webhooks/subscriptions/{id}/replays',
      ].sort(),
    );
    expect(response.body.components.schemas).toHaveProperty('ErrorResponseDto');
    expect(response.body.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'api-key': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
      'device-token': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Device-Token' }),
    });
    // A kiosk's token, an integrator's key with queue:write, or nobody (a citizen's phone).
    expect(response.body.paths['/v1/regions/{code}/sites/{siteCode}/tickets'].post.security).toEqual([
      { 'device-token': [] },
      { 'api-key': [] },
      {},
    ]);
    expect(response.body.paths['/v1/regions/{code}/agencies'].get.security).toEqual([{}, { 'api-key': [] }]);
    expect(response.body.paths['/v1/regions/{code}/sites/{siteCode}/board/events'].get.security).toEqual([{ 'device-token': [] }]);
    expect(response.body.paths['/v1/me'].get.security).toEqual([{ bearer: [] }, { 'api-key': [] }]);
    expect(response.body.paths['/v1/regions'].get.security).toEqual([]);
    expect(response.body.paths['/v1/auth/login'].post.security).toEqual([]);
    await expect(SwaggerParser.validate(structuredClone(response.body))).resolves.toBeDefined();
  });

  it('serves the documentation page', async () => {
    const response = await request(testApp.server).get('/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});

describe('API with the database gone', () => {
  it('stays live, answers not ready with NOT_READY, and recovers nothing it should not', async () => {
    const testApp = await startTestApp(API_APP, { DB_CONNECT_TIMEOUT_MS: '1000' });
    try {
      // Cut every connection of the app's database and keep new ones out.
      const name = new URL(testApp.database.url).pathname.slice(1);
      const { Client } = await import('pg');
      const admin = new Client({ connectionString: testApp.database.url.replace(`/${name}`, '/postgres') });
      await admin.connect();
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      try {
        await request(testApp.server).get('/health/live').expect(200);
        const ready = await request(testApp.server).get('/health/ready').expect(503);
        expect(ready.body).toMatchObject({ status: 503, code: 'NOT_READY', errors: [{ path: 'database' }] });
        const regions = await request(testApp.server).get('/v1/regions/32.71');
        expect(regions.status).toBe(503);
        expect(regions.body).toEqual({
          status: 503,
          code: 'DATABASE_UNAVAILABLE',
          message: expect.any(String),
          requestId: expect.any(String),
        });
        expect(regions.headers['retry-after']).toMatch(/^\d+$/);
      } finally {
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      await request(testApp.server).get('/health/ready').expect(200);
    } finally {
      await testApp.close();
    }
  });
});
