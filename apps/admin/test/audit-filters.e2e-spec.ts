import request from 'supertest';

import { bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

/** A day in Western Indonesian Time, the trail's calendar, `offset` days from now. */
const wibDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('the audit trail filtered by day, actor and action', () => {
  let testApp: TestApp;
  let bearer: string;
  let actorId: string;

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    const admin = await createStaff(testApp.app, { role: 'national_admin' });
    actorId = admin.id;
    bearer = await bearerFor(testApp.app, admin);
    await request(testApp.server)
      .post('/admin/api/v1/staff')
      .set('authorization', bearer)
      .send({
        email: 'baru@test.mpp.go.id',
        displayName: 'Baru',
        role: 'region_admin',
        regionCode: '32.71',
        password: 'kata sandi panjang sekali',
      })
      .expect(201);
  });
  afterAll(() => testApp.close());

  const list = (query: string) => request(testApp.server).get(`/admin/api/v1/audit-events?${query}`).set('authorization', bearer);

  it('keeps the events of the days asked for, today included', async () => {
    const today = (await list(`from=${wibDay(0)}&to=${wibDay(0)}&actorId=${actorId}`).expect(200)).body;
    expect(today.total).toBeGreaterThan(0);
    expect(today.items.every((event: { actorId: string }) => event.actorId === actorId)).toBe(true);
    expect((await list(`from=${wibDay(1)}`).expect(200)).body.total).toBe(0);
    expect((await list(`to=${wibDay(-1)}`).expect(200)).body.total).toBe(0);
    const created = (await list(`from=${wibDay(-1)}&action=staff.create`).expect(200)).body;
    expect(created.items.map((event: { action: string }) => event.action)).toEqual(['staff.create']);
  });

  it('refuses a day that is not a date, naming the field', async () => {
    const response = await list('from=1%20Desember').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain('from');
  });
});
