import request from 'supertest';

import { bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('rate limits by credential', () => {
  let testApp: TestApp;
  let key: string;

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '3', RATE_LIMIT_API_KEY_PER_MINUTE: '50' });
    const admin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    const issued = await request(testApp.server)
      .post('/admin/api/v1/api-keys')
      .set('authorization', admin)
      .send({ name: 'Portal Bogor', scopes: ['audit:read'], regionCode: '32.71' })
      .expect(201);
    key = issued.body.key;
  });
  afterAll(() => testApp.close());

  const audit = (apiKey: string) => request(testApp.server).get('/admin/api/v1/audit-events?region=32.71').set('x-api-key', apiKey);

  it('gives a live key its own budget', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await audit(key)).status);
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it('counts made-up keys against their address, so rotating them buys nothing', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await audit(`mpp_abcdefghj${'kmnpqr'[i]}_${'A'.repeat(43)}`)).status);
    // Within the address's budget of 3 a made-up key is refused as such; past it, the limit answers, whatever key comes.
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(firstLimited).toBeLessThanOrEqual(3);
    expect(statuses.slice(0, firstLimited).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(firstLimited).every((status) => status === 429)).toBe(true);
  });
});
