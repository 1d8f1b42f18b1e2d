import { randomBytes } from 'node:crypto';

import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

/**
 * Access ends at once when it must: the instance where the change is made refuses the old
 * token on the next request, and another instance (without Redis) within its
 * AUTH_SESSION_CHECK_MS (5 s by default) — never after the token's 15 minutes.
 */
describe('revoked access ends within seconds, on every instance', () => {
  let admin: TestApp;
  let other: TestApp;
  let national: string;
  const secret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    admin = await startTestApp(ADMIN_APP, { AUTH_JWT_SECRET: secret });
    other = await startTestApp(ADMIN_APP, { AUTH_JWT_SECRET: secret }, { database: admin.database });
    national = await bearerFor(admin.app, await createStaff(admin.app, { role: 'national_admin' }));
    // A demotion to agency supervisor binds the account to an agency of the live deployment.
    await applySampleDeployments(admin.app, ['kota-bogor.yaml']);
  });
  afterAll(async () => {
    await other.close();
    await admin.close();
  });

  /** Milliseconds until the other instance refuses the token (401 TOKEN_INVALID), polling; fails after 10 s. */
  async function otherRefusesWithin(token: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      const response = await request(other.server).get('/admin/api/v1/staff').set('authorization', token);
      if (response.status === 401) {
        expect(response.body.code).toBe('TOKEN_INVALID');
        return Date.now() - started;
      }
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the other instance still accepts the token after 10 s');
  }

  const regionAdmin = () => createStaff(admin.app, { role: 'region_admin', regionCode: '32.71' });

  it('a disabled region admin can no longer create a region admin, at once where it was disabled and within seconds on another instance', async () => {
    const staff = await regionAdmin();
    const token = await bearerFor(admin.app, staff);
    await request(other.server).get('/admin/api/v1/staff').set('authorization', token).expect(200);
    await request(admin.server)
      .patch(`/admin/api/v1/staff/${staff.id}`)
      .set('authorization', national)
      .send({ disabled: true })
      .expect(200);
    const create = await request(admin.server)
      .post('/admin/api/v1/staff')
      .set('authorization', token)
      .send({
        email: `new-${randomBytes(3).toString('hex')}@test.mpp.go.id`,
        displayName: 'Baru',
        password: 'a-long-password-1',
        role: 'region_admin',
        regionCode: '32.71',
      });
    expect(create.status).toBe(401);
    expect(create.body.code).toBe('TOKEN_INVALID');
    expect(await otherRefusesWithin(token)).toBeLessThan(6_000);
  });

  it('ends a demoted account’s token', async () => {
    const staff = await regionAdmin();
    const token = await bearerFor(admin.app, staff);
    await request(admin.server)
      .patch(`/admin/api/v1/staff/${staff.id}`)
      .set('authorization', national)
      .send({ role: 'agency_supervisor', agencyCode: 'disdukcapil' })
      .expect(200);
    await request(admin.server).get('/admin/api/v1/staff').set('authorization', token).expect(401);
    expect(await otherRefusesWithin(token)).toBeLessThan(6_000);
  });

  it('ends a re-scoped account’s token', async () => {
    const staff = await regionAdmin();
    const token = await bearerFor(admin.app, staff);
    await request(admin.server)
      .patch(`/admin/api/v1/staff/${staff.id}`)
      .set('authorization', national)
      .send({ regionCode: '36.74' })
      .expect(200);
    await request(admin.server).get('/admin/api/v1/staff').set('authorization', token).expect(401);
  });

  it('ends the token at a password reset by an admin', async () => {
    const staff = await regionAdmin();
    const token = await bearerFor(admin.app, staff);
    await request(admin.server)
      .post(`/admin/api/v1/staff/${staff.id}/password`)
      .set('authorization', national)
      .send({ newPassword: 'a-brand-new-password-7' })
      .expect(200);
    await request(admin.server).get('/admin/api/v1/staff').set('authorization', token).expect(401);
    expect(await otherRefusesWithin(token)).toBeLessThan(6_000);
  });
});
