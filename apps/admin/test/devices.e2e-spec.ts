import request from 'supertest';
import { DataSource } from 'typeorm';

import { DeviceAuthenticator } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('kiosks and boards', () => {
  let testApp: TestApp;
  let admin: string;
  const url = '/admin/api/v1/regions/32.71/devices';

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
    admin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
  });
  afterAll(() => testApp.close());

  it('registers a kiosk with a token shown once, lists it without the token, revokes it, and audits both', async () => {
    const registered = await request(testApp.server)
      .post(url)
      .set('authorization', admin)
      .send({ siteCode: 'mpp-kota-bogor', kind: 'kiosk', name: 'Kiosk lobi utara' })
      .expect(201);
    expect(registered.body).toMatchObject({ siteCode: 'mpp-kota-bogor', kind: 'kiosk', revokedAt: null });
    expect(registered.body.token).toMatch(new RegExp(`^mppd_${registered.body.tokenPrefix}_[A-Za-z0-9_-]{43}$`));
    const authenticator = testApp.app.get(DeviceAuthenticator);
    await expect(authenticator.authenticate(registered.body.token)).resolves.toMatchObject({ regionCode: '32.71', kind: 'kiosk' });

    const listed = await request(testApp.server).get(url).set('authorization', admin).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: registered.body.id })]);
    expect(JSON.stringify(listed.body)).not.toContain(registered.body.token);

    const revoked = await request(testApp.server).post(`${url}/${registered.body.id}/revoke`).set('authorization', admin).expect(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    // A checked token is trusted for 10 seconds per process; a fresh process refuses it at once.
    await expect(authenticator.authenticate(registered.body.token, Date.now() + 11_000)).rejects.toMatchObject({
      code: 'DEVICE_TOKEN_INVALID',
    });

    const audit = await request(testApp.server).get('/admin/api/v1/audit-events?region=32.71').set('authorization', admin).expect(200);
    const actions = audit.body.items.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['device.register', 'device.revoke']));
  });

  it('refuses unknown sites and kinds, and other roles', async () => {
    const bad = await request(testApp.server)
      .post(url)
      .set('authorization', admin)
      .send({ siteCode: 'no-such-site', kind: 'kiosk', name: 'X1' })
      .expect(404);
    expect(bad.body).toMatchObject({ code: 'SITE_NOT_FOUND', errors: [{ path: 'siteCode' }] });
    await request(testApp.server)
      .post(url)
      .set('authorization', admin)
      .send({ siteCode: 'mpp-kota-bogor', kind: 'printer', name: 'X1' })
      .expect(400);
    const officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda' }),
    );
    await request(testApp.server).get(url).set('authorization', officer).expect(403);
  });

  it('creates a short pairing code for a board, keeps only its hash, and audits it', async () => {
    const created = await request(testApp.server)
      .post(`${url}/pairing-codes`)
      .set('authorization', admin)
      .send({ siteCode: 'mpp-kota-bogor', kind: 'board', name: 'Papan lobi' })
      .expect(201);
    expect(created.body).toMatchObject({ siteCode: 'mpp-kota-bogor', kind: 'board', name: 'Papan lobi' });
    expect(created.body.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const minutes = (Date.parse(created.body.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const stored = (await testApp.app.get(DataSource).query(`SELECT code_hash FROM device_pairing`)) as { code_hash: Buffer }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].code_hash.toString('utf8')).not.toContain(created.body.code.replace('-', ''));
    const audit = await request(testApp.server).get('/admin/api/v1/audit-events?region=32.71').set('authorization', admin).expect(200);
    expect(audit.body.items.map((event: { action: string }) => event.action)).toContain('device.pairing-code');
  });

  it('refuses a pairing code for a site the region does not have', async () => {
    const refused = await request(testApp.server)
      .post(`${url}/pairing-codes`)
      .set('authorization', admin)
      .send({ siteCode: 'mpp-tangsel', kind: 'kiosk', name: 'Kiosk' })
      .expect(404);
    expect(refused.body.code).toBe('SITE_NOT_FOUND');
  });
});
