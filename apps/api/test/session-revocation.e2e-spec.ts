import { randomBytes } from 'node:crypto';

import request from 'supertest';

import { createStaff, type StaffFixture, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

/** A password change and a refresh-token reuse end the account's access tokens, on every instance. */
describe('sessions that end at once', () => {
  let api: TestApp;
  let other: TestApp;
  const secret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    api = await startTestApp(API_APP, { AUTH_JWT_SECRET: secret });
    other = await startTestApp(API_APP, { AUTH_JWT_SECRET: secret, AUTH_SESSION_CHECK_MS: '1000' }, { database: api.database });
  });
  afterAll(async () => {
    await other.close();
    await api.close();
  });

  async function loginPair(staff: StaffFixture): Promise<{ access: string; refresh: string }> {
    const response = await request(api.server).post('/v1/auth/login').send({ email: staff.email, password: staff.password }).expect(200);
    return { access: `Bearer ${response.body.accessToken}`, refresh: response.body.refreshToken };
  }
  const login = async (staff: StaffFixture) => (await loginPair(staff)).access;

  /** Milliseconds until the other instance refuses the token, polling; fails after 10 s. */
  async function otherRefusesWithin(token: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      const response = await request(other.server).get('/v1/me').set('authorization', token);
      if (response.status === 401) return Date.now() - started;
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the other instance still accepts the token after 10 s');
  }

  const regionAdmin = () => createStaff(api.app, { role: 'region_admin', regionCode: '32.71' });

  it('ends every token of the account at a password change, at once on the instance that changed it', async () => {
    const staff = await regionAdmin();
    const second = await login(staff);
    const token = await login(staff);
    await request(other.server).get('/v1/me').set('authorization', second).expect(200);
    await request(api.server)
      .post('/v1/auth/password')
      .set('authorization', token)
      .send({ currentPassword: staff.password, newPassword: 'another-new-password-9' })
      .expect(204);
    await request(api.server).get('/v1/me').set('authorization', second).expect(401);
    await request(api.server).get('/v1/me').set('authorization', token).expect(401);
    // The other instance read the account at most AUTH_SESSION_CHECK_MS (1 s here) ago.
    expect(await otherRefusesWithin(second)).toBeLessThan(2_000);
  });

  it('ends the account’s access tokens when a used refresh token comes back', async () => {
    const staff = await regionAdmin();
    const { access, refresh } = await loginPair(staff);
    const rotated = await request(api.server).post('/v1/auth/refresh').send({ refreshToken: refresh }).expect(200);
    await request(api.server).post('/v1/auth/refresh').send({ refreshToken: refresh }).expect(401);
    await request(api.server).get('/v1/me').set('authorization', access).expect(401);
    await request(api.server).get('/v1/me').set('authorization', `Bearer ${rotated.body.accessToken}`).expect(401);
    // Signing in again works: the account is not disabled, only its sessions ended.
    await request(api.server)
      .get('/v1/me')
      .set('authorization', await login(staff))
      .expect(200);
  });

  it('says in Retry-After when a locked account may sign in again', async () => {
    const staff = await regionAdmin();
    for (let attempt = 0; attempt < 5; attempt++) {
      await request(api.server).post('/v1/auth/login').send({ email: staff.email, password: 'wrong-password-x' }).expect(401);
    }
    const locked = await request(api.server).post('/v1/auth/login').send({ email: staff.email, password: staff.password }).expect(423);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    const seconds = Number(locked.headers['retry-after']);
    expect(seconds).toBeGreaterThan(14 * 60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
  });
});
