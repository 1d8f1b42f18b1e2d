import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

const inDays = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('calendar overrides', () => {
  let testApp: TestApp;
  const bearer: Record<string, string> = {};
  const url = '/admin/api/v1/regions/32.71/calendar-overrides';

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
    bearer['admin'] = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    bearer['supervisor'] = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
    bearer['officer'] = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
  });
  afterAll(() => testApp.close());

  const post = (who: string, body: object) => request(testApp.server).post(url).set('authorization', bearer[who]).send(body);
  const saturday = {
    siteCode: 'mpp-kota-bogor',
    date: inDays(3),
    kind: 'open',
    hours: [{ from: '08:00', to: '12:00' }],
    reason: 'Pelayanan hari Sabtu',
  };

  it('lets a region admin open the mall on an extra day, lists it, cancels it, and audits both', async () => {
    const created = await post('admin', saturday).expect(201);
    expect(created.body).toMatchObject({ siteCode: 'mpp-kota-bogor', kind: 'open', agencyCode: null, cancelledAt: null });
    const listed = await request(testApp.server).get(url).set('authorization', bearer['admin']).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);

    const cancelled = await request(testApp.server)
      .post(`${url}/${created.body.id}/cancel`)
      .set('authorization', bearer['admin'])
      .expect(200);
    expect(cancelled.body.cancelledAt).toEqual(expect.any(String));
    const after = await request(testApp.server).get(url).set('authorization', bearer['admin']).expect(200);
    expect(after.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);

    const audit = await request(testApp.server)
      .get('/admin/api/v1/audit-events?region=32.71&pageSize=100')
      .set('authorization', bearer['admin'])
      .expect(200);
    const actions = audit.body.items.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['calendar.override_create', 'calendar.override_cancel']));
  });

  it('lets an agency supervisor close its own service for an afternoon, not the whole site or another agency', async () => {
    const own = {
      siteCode: 'mpp-kota-bogor',
      agencyCode: 'disdukcapil',
      serviceCode: 'ktp-el',
      date: inDays(1),
      kind: 'closed',
      hours: [{ from: '13:00', to: '16:00' }],
      reason: 'Pemeliharaan alat perekaman',
    };
    await post('supervisor', own).expect(201);
    expect((await post('supervisor', { ...saturday })).status).toBe(403);
    expect((await post('supervisor', { ...own, agencyCode: 'imigrasi-bogor', serviceCode: 'paspor-baru' })).body.code).toBe('OUT_OF_SCOPE');
    expect((await post('officer', own).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it.each([
    [{ ...saturday, date: inDays(-2) }, 400, 'date'],
    [{ ...saturday, date: '2026-02-30' }, 400, 'date'],
    [{ ...saturday, hours: [] }, 400, 'hours'],
    [{ ...saturday, hours: [{ from: '12:00', to: '08:00' }] }, 400, 'hours'],
    [
      {
        ...saturday,
        kind: 'closed',
        hours: [
          { from: '08:00', to: '09:00' },
          { from: '10:00', to: '11:00' },
        ],
      },
      400,
      'hours',
    ],
    [{ ...saturday, agencyCode: 'disdukcapil' }, 400, 'serviceCode'],
    [{ ...saturday, siteCode: 'mpp-lain' }, 404, 'siteCode'],
    [{ ...saturday, agencyCode: 'disdukcapil', serviceCode: 'visa' }, 404, 'serviceCode'],
    [{ ...saturday, extra: 1 }, 400, 'extra'],
  ])('refuses %j with %i naming %s', async (body, status, path) => {
    const response = await post('admin', body).expect(status);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(path);
  });
});
