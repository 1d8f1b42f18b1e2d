import request from 'supertest';
import { DataSource } from 'typeorm';

import { DevicePairingsRepository } from '@mpp/persistence';
import { hashSecret } from '@mpp/platform';
import { applySampleDeployments, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('pairing a kiosk or board with a short code', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
  });
  afterAll(() => testApp.close());

  /** A code as the admin app creates it (its own e2e tests cover that route). */
  const pending = (code: string, expiresAt = new Date(Date.now() + 15 * 60_000)) =>
    testApp.app.get(DevicePairingsRepository).insert({
      regionCode: '32.71',
      codeHash: hashSecret(code),
      siteCode: 'mpp-kota-bogor',
      kind: 'board',
      name: 'Papan lobi',
      createdBy: 'staff:test',
      expiresAt,
    });

  it('trades the code, typed loosely, once for a board token that opens the board', async () => {
    await pending('K7MQ4XPA');
    const paired = await request(testApp.server).post('/v1/devices/pair').send({ code: ' k7mq-4xpa ' }).expect(200);
    expect(paired.body).toMatchObject({ regionCode: '32.71', siteCode: 'mpp-kota-bogor', kind: 'board', name: 'Papan lobi' });
    await request(testApp.server).get('/v1/regions/32.71/sites/mpp-kota-bogor/board').set('x-device-token', paired.body.token).expect(200);

    const again = await request(testApp.server).post('/v1/devices/pair').send({ code: 'K7MQ-4XPA' }).expect(404);
    expect(again.body.code).toBe('PAIRING_CODE_INVALID');
    const audited = (await testApp.app.get(DataSource).query(`SELECT action FROM audit_event WHERE action = 'device.pair'`)) as unknown[];
    expect(audited).toHaveLength(1);
  });

  it('refuses an expired code and a made-up one alike, in Indonesian by default', async () => {
    await pending('ABCD2345', new Date(Date.now() - 1_000));
    for (const code of ['ABCD-2345', 'ZZZZ-ZZZZ', 'not a code']) {
      const refused = await request(testApp.server).post('/v1/devices/pair').send({ code }).expect(404);
      expect(refused.body).toMatchObject({ code: 'PAIRING_CODE_INVALID', message: expect.stringContaining('Kode pemasangan') });
    }
  });

  it('lets only one of two devices typing the same code at once pair', async () => {
    await pending('WXYZ6789');
    const answers = await Promise.all([1, 2].map(() => request(testApp.server).post('/v1/devices/pair').send({ code: 'WXYZ-6789' })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404]);
  });
});
