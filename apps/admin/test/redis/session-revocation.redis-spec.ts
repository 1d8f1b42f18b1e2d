import { randomBytes } from 'node:crypto';

import Redis from 'ioredis';
import request from 'supertest';

import { bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../../src/admin-app.definition';

/**
 * Needs a Redis server: run by `npm run test:redis` with TEST_REDIS_URL. With Redis, a revoked
 * session ends on every instance at once (decision 0007): the instance that disables the account
 * announces it on the `session-revoked` channel and every other instance forgets its cached
 * state. Without the announcement the other instance would accept the token until its cache
 * turns over (AUTH_SESSION_CHECK_MS, set to its 10 s maximum here).
 */
const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl) throw new Error('TEST_REDIS_URL is required for the Redis suite (npm run test:redis)');

describe('revocation announced through Redis', () => {
  const prefix = `mpp-test-${randomBytes(4).toString('hex')}:`;
  const secret = randomBytes(32).toString('hex');
  let first: TestApp;
  let second: TestApp;
  let listener: Redis;
  const announced: string[] = [];

  beforeAll(async () => {
    const env = { AUTH_JWT_SECRET: secret, AUTH_SESSION_CHECK_MS: '10000', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
    first = await startTestApp(ADMIN_APP, env);
    second = await startTestApp(ADMIN_APP, env, { database: first.database });
    listener = new Redis(redisUrl);
    listener.on('message', (_channel: string, accountId: string) => announced.push(accountId));
    await listener.subscribe(`${prefix}session-revoked`);
  });
  afterAll(async () => {
    await listener.quit();
    await second.close();
    await first.close();
  });

  it('refuses a disabled account’s token on the second instance at once', async () => {
    const national = await bearerFor(first.app, await createStaff(first.app, { role: 'national_admin' }));
    const staff = await createStaff(first.app, { role: 'region_admin', regionCode: '32.71' });
    const token = await bearerFor(first.app, staff);
    // The second instance has just read the account's state: it would trust it for 10 s.
    await request(second.server).get('/admin/api/v1/staff').set('authorization', token).expect(200);

    await request(first.server)
      .patch(`/admin/api/v1/staff/${staff.id}`)
      .set('authorization', national)
      .send({ disabled: true })
      .expect(200);
    const disabledAt = Date.now();
    let refusedAfterMs: number | undefined;
    while (Date.now() - disabledAt < 2_000) {
      const response = await request(second.server).get('/admin/api/v1/staff').set('authorization', token);
      if (response.status === 401) {
        expect(response.body.code).toBe('TOKEN_INVALID');
        refusedAfterMs = Date.now() - disabledAt;
        break;
      }
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(refusedAfterMs).toBeDefined();
    expect(refusedAfterMs).toBeLessThan(1_000);
    expect(announced).toContain(staff.id);
  });
});
