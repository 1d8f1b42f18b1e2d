import { DeviceAuthenticator } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';
import request from 'supertest';
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
});
