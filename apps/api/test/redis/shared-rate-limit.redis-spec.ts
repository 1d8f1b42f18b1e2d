import { randomBytes } from 'node:crypto';

import request from 'supertest';

import { startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../../src/api-app.definition';

/**
 * Needs a Redis server: run by `npm run test:redis` with TEST_REDIS_URL (CI does when the
 * machine's Redis answers). Two API instances share one sign-in budget through Redis.
 */
const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl) throw new Error('TEST_REDIS_URL is required for the Redis suite (npm run test:redis)');

describe('rate limits shared through Redis', () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    const env = { RATE_LIMIT_LOGIN_PER_MINUTE: '4', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `mpp-test-${randomBytes(4).toString('hex')}:` };
    apps.push(await startTestApp(API_APP, env), await startTestApp(API_APP, env));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('counts sign-ins on both instances against one budget', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const instance = apps[attempt % 2];
      const response = await request(instance.server).post('/v1/auth/login').send({ email: 'x@test.mpp.go.id', password: 'guess' });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});
