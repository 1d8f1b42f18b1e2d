import { JwtService } from '@nestjs/jwt';
import request from 'supertest';

import { type AccessClaims, AuthService, TokenService } from '@mpp/platform';
import { bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('a password an admin set (at creation or by a reset) must be changed at the next sign-in', () => {
  let testApp: TestApp;
  let national: string;

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    national = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'national_admin' }));
  });
  afterAll(() => testApp.close());

  it('admits only a password change until the account chooses its own, then everything its role allows', async () => {
    const staff = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    await request(testApp.server)
      .post(`/admin/api/v1/staff/${staff.id}/password`)
      .set('authorization', national)
      .send({ newPassword: 'sementara-dari-admin-1' })
      .expect(200);
    const auth = testApp.app.get(AuthService);
    const first = await auth.login(staff.email, 'sementara-dari-admin-1', 'test');
    const claims = testApp.app.get(JwtService).decode<AccessClaims>(first.accessToken);
    expect(claims.pwc).toBe(true);
    const refused = await request(testApp.server)
      .get('/admin/api/v1/staff')
      .set('authorization', `Bearer ${first.accessToken}`)
      .expect(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(refused.body.message).toContain('kata sandi');

    // A refreshed pair carries the same duty: it ends only with the account's own password.
    const refreshed = await auth.refresh(first.refreshToken, 'test');
    const stillRefused = await request(testApp.server)
      .get('/admin/api/v1/staff')
      .set('authorization', `Bearer ${refreshed.accessToken}`)
      .expect(403);
    expect(stillRefused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    await auth.changePassword(TokenService.principalOf(claims), 'sementara-dari-admin-1', 'pilihan-saya-sendiri-2', 'test');
    const after = await auth.login(staff.email, 'pilihan-saya-sendiri-2', 'test');
    await request(testApp.server).get('/admin/api/v1/staff').set('authorization', `Bearer ${after.accessToken}`).expect(200);
  });

  it('holds an account created with an initial password to the same duty, until it chooses its own', async () => {
    const created = await request(testApp.server)
      .post('/admin/api/v1/staff')
      .set('authorization', national)
      .send({
        email: 'awal.bogor@test.mpp.go.id',
        displayName: 'Admin Awal',
        password: 'awal-dari-admin-nasional-1',
        role: 'region_admin',
        regionCode: '32.71',
      })
      .expect(201);
    const auth = testApp.app.get(AuthService);
    const first = await auth.login('awal.bogor@test.mpp.go.id', 'awal-dari-admin-nasional-1', 'test');
    const claims = testApp.app.get(JwtService).decode<AccessClaims>(first.accessToken);
    expect(claims).toMatchObject({ sub: created.body.id, pwc: true });
    const refused = await request(testApp.server)
      .get('/admin/api/v1/regions/32.71/devices')
      .set('authorization', `Bearer ${first.accessToken}`)
      .expect(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    await auth.changePassword(TokenService.principalOf(claims), 'awal-dari-admin-nasional-1', 'pilihan-admin-awal-2', 'test');
    const after = await auth.login('awal.bogor@test.mpp.go.id', 'pilihan-admin-awal-2', 'test');
    expect(testApp.app.get(JwtService).decode<AccessClaims>(after.accessToken).pwc).toBeUndefined();
    await request(testApp.server)
      .get('/admin/api/v1/regions/32.71/devices')
      .set('authorization', `Bearer ${after.accessToken}`)
      .expect(200);
  });
});
