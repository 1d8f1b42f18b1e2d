import jwt from 'jsonwebtoken';
import request from 'supertest';

import { PageRequest } from '@mpp/domain';
import { AuditLogRepository } from '@mpp/persistence';
import { createStaff, type StaffFixture, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('staff sign-in', () => {
  let testApp: TestApp;
  let officer: StaffFixture;
  const logLines: string[] = [];
  const secretsSeen: string[] = [];

  beforeAll(async () => {
    // Far above this suite's own sign-ins; the limit itself is tested below.
    testApp = await startTestApp(API_APP, { LOG_LEVEL: 'debug', RATE_LIMIT_LOGIN_PER_MINUTE: '1000' }, { logLines });
    officer = await createStaff(testApp.app, {
      role: 'counter_officer',
      regionCode: '32.71',
      agencyCode: 'disdukcapil',
      counterCode: 'loket-1',
    });
    secretsSeen.push(officer.password);
  });
  afterAll(() => testApp.close());

  const post = (url: string, body: object) => request(testApp.server).post(url).send(body);
  async function login(email: string, password: string) {
    const response = await post('/v1/auth/login', { email, password }).expect(200);
    secretsSeen.push(response.body.accessToken, response.body.refreshToken);
    return response.body as { accessToken: string; refreshToken: string; expiresIn: number };
  }

  it('signs in and says who the token belongs to', async () => {
    const tokens = await login(officer.email, officer.password);
    expect(tokens.expiresIn).toBe(900);
    const me = await request(testApp.server).get('/v1/me').set('authorization', `Bearer ${tokens.accessToken}`).expect(200);
    expect(me.body).toEqual({
      kind: 'staff',
      id: officer.id,
      role: 'counter_officer',
      regionCode: '32.71',
      agencyCode: 'disdukcapil',
      counterCode: 'loket-1',
    });
  });

  it('accepts the email in any case', async () => {
    await login(officer.email.toUpperCase(), officer.password);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await post('/v1/auth/login', { email: officer.email, password: 'not-the-password' }).expect(401);
    const unknown = await post('/v1/auth/login', { email: 'nobody@test.mpp.go.id', password: 'not-the-password' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknown.body, requestId: undefined }).toEqual({ ...wrong.body, requestId: undefined });
    // Start the next tests from a clean count.
    await login(officer.email, officer.password);
  });

  it('refuses a sign-in without credentials with the fields named', async () => {
    const response = await post('/v1/auth/login', { email: 'not-an-email' }).expect(400);
    expect([...new Set(response.body.errors.map((error: { path: string }) => error.path))].sort()).toEqual(['email', 'password']);
  });

  it('locks the account after five wrong passwords, even against the right one', async () => {
    const victim = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    for (let attempt = 0; attempt < 5; attempt++) {
      await post('/v1/auth/login', { email: victim.email, password: `guess-${attempt}` }).expect(401);
    }
    const locked = await post('/v1/auth/login', { email: victim.email, password: victim.password }).expect(423);
    expect(locked.body).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
    const events = await testApp.app.get(AuditLogRepository).findPage({ actorId: victim.id }, PageRequest.of(1, 20));
    expect(events.items.map((event) => `${event.action}:${event.outcome}`)).toEqual(
      expect.arrayContaining(['auth.lockout:failure', 'auth.login:denied', 'auth.login:failure']),
    );
  });

  it('counts a burst of parallel wrong passwords exactly: five failures, then locked', async () => {
    const victim = await createStaff(testApp.app, { role: 'region_admin', regionCode: '36.74' });
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) => post('/v1/auth/login', { email: victim.email, password: `parallel-guess-${attempt}` })),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([401, 401, 401, 401, 401, 423, 423, 423, 423, 423]);
  });

  it('rotates refresh tokens, and a token used twice ends the whole session', async () => {
    const first = await login(officer.email, officer.password);
    const second = await post('/v1/auth/refresh', { refreshToken: first.refreshToken }).expect(200);
    secretsSeen.push(second.body.accessToken, second.body.refreshToken);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);

    const replay = await post('/v1/auth/refresh', { refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_INVALID');
    await post('/v1/auth/refresh', { refreshToken: second.body.refreshToken }).expect(401);
  });

  it('lets only one of two simultaneous refreshes with the same token through', async () => {
    const tokens = await login(officer.email, officer.password);
    const results = await Promise.all([1, 2, 3].map(() => post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 401, 401]);
  });

  it('ends the session on logout', async () => {
    const tokens = await login(officer.email, officer.password);
    await post('/v1/auth/logout', { refreshToken: tokens.refreshToken }).expect(204);
    await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken }).expect(401);
  });

  it('changes the password, checking the old one and the policy, and ends every session', async () => {
    const staff = await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '36.74', agencyCode: 'samsat' });
    const tokens = await login(staff.email, staff.password);
    const change = (currentPassword: string, newPassword: string) =>
      request(testApp.server)
        .post('/v1/auth/password')
        .set('authorization', `Bearer ${tokens.accessToken}`)
        .send({ currentPassword, newPassword });
    expect((await change('wrong-current-password', 'a brand new passphrase')).body.code).toBe('CURRENT_PASSWORD_WRONG');
    expect((await change(staff.password, 'short')).body.code).toBe('PASSWORD_TOO_WEAK');
    await change(staff.password, 'a brand new passphrase').expect(204);
    secretsSeen.push('a brand new passphrase');
    await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken }).expect(401);
    await post('/v1/auth/login', { email: staff.email, password: staff.password }).expect(401);
    await login(staff.email, 'a brand new passphrase');
  });

  describe('refuses forged and stale access tokens', () => {
    const claims = () => ({ sub: officer.id, typ: 'access', role: 'national_admin' });
    const me = (token: string) => request(testApp.server).get('/v1/me').set('authorization', `Bearer ${token}`);

    it('with no token: 401 UNAUTHENTICATED', async () => {
      expect((await request(testApp.server).get('/v1/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['signed with another key', () => jwt.sign(claims(), 'x'.repeat(40), { issuer: 'mpp-platform', audience: 'mpp', expiresIn: 60 })],
      ['unsigned (alg none)', () => jwt.sign(claims(), '', { algorithm: 'none', issuer: 'mpp-platform', audience: 'mpp' })],
      [
        'for another audience',
        () => jwt.sign(claims(), testApp.context.authSecret, { issuer: 'mpp-platform', audience: 'other', expiresIn: 60 }),
      ],
      [
        'expired',
        () =>
          jwt.sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 10 }, testApp.context.authSecret, {
            issuer: 'mpp-platform',
            audience: 'mpp',
          }),
      ],
      ['a refresh token used as bearer', () => 'a.b.c'],
    ])('%s: 401 TOKEN_INVALID', async (_name, token) => {
      const response = await me(token()).expect(401);
      expect(response.body.code).toBe('TOKEN_INVALID');
    });
  });

  it('never writes a password, token or key to the log', () => {
    expect(logLines.length).toBeGreaterThan(10);
    const leaks = secretsSeen.filter((secret) => logLines.some((line) => line.includes(secret)));
    expect(leaks).toEqual([]);
    expect(logLines.some((line) => line.includes('"authorization"'))).toBe(false);
  });
});

describe('sign-in rate limit', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_LOGIN_PER_MINUTE: '3' });
  });
  afterAll(() => testApp.close());

  it('answers a burst with 429 RATE_LIMITED and Retry-After', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, () =>
        request(testApp.server).post('/v1/auth/login').send({ email: 'x@test.mpp.go.id', password: 'guess' }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    const limited = attempts.find((attempt) => attempt.status === 429);
    expect(limited?.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps the public catalogue open meanwhile', async () => {
    await request(testApp.server).get('/v1/regions/32.71').expect(200);
  });
});

describe('rate limits with made-up keys and device tokens', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_LOGIN_PER_MINUTE: '3', RATE_LIMIT_PUBLIC_PER_MINUTE: '4' });
  });
  afterAll(() => testApp.close());

  const fakeKey = (i: number) => `mpp_${'abcdefghjk'.slice(0, 9)}${'mnpqrstuvw'[i]}_${'A'.repeat(43)}`;
  const fakeDevice = (i: number) => `mppd_${'abcdefghjk'.slice(0, 9)}${'mnpqrstuvw'[i]}_${'B'.repeat(43)}`;

  it('counts sign-ins per address, whatever key or device token comes with them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await request(testApp.server)
        .post('/v1/auth/login')
        .set('X-API-Key', fakeKey(i))
        .set('X-Device-Token', fakeDevice(i))
        .send({ email: 'x@test.mpp.go.id', password: 'guess' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it('gives a device budget only to a device token that checks out', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await request(testApp.server).get('/v1/regions/32.71').set('X-Device-Token', fakeDevice(i))).status);
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
  });
});

describe('sign-in rate limit with Redis unreachable', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    // Port 1 refuses connections: the limiter must count in the process and keep serving.
    testApp = await startTestApp(API_APP, { RATE_LIMIT_LOGIN_PER_MINUTE: '2', REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => testApp.close());

  it('still limits, in this process, instead of failing every request', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await request(testApp.server).post('/v1/auth/login').send({ email: 'x@test.mpp.go.id', password: 'guess' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
    await request(testApp.server).get('/v1/regions/32.71').expect(200);
  });
});
