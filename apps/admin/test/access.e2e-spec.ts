import request from 'supertest';

import { AuthService } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, type StaffFixture, startTestApp, type TestApp } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

/** The secret part of mpp_<prefix>_<secret>; the secret itself may contain underscores. */
const secretOf = (key: string) => key.slice('mpp_'.length + 10 + 1);

describe('admin access by role, scope and key', () => {
  let testApp: TestApp;
  const staff: Record<string, StaffFixture> = {};
  const bearer: Record<string, string> = {};
  const logLines: string[] = [];
  const issuedKeys: string[] = [];

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP, { LOG_LEVEL: 'debug' }, { logLines });
    // Staff accounts are bound to agencies and counters of the live deployment.
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
    const fixtures = {
      national: { role: 'national_admin' },
      bogorAdmin: { role: 'region_admin', regionCode: '32.71' },
      tangselAdmin: { role: 'region_admin', regionCode: '36.74' },
      bogorSupervisor: { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' },
      bogorOfficer: { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' },
    } as const;
    for (const [name, input] of Object.entries(fixtures)) {
      staff[name] = await createStaff(testApp.app, input);
      bearer[name] = await bearerFor(testApp.app, staff[name]);
    }
  });
  afterAll(() => testApp.close());

  const as = (who: string) => ({
    get: (url: string) => request(testApp.server).get(url).set('authorization', bearer[who]),
    post: (url: string, body: object = {}) => request(testApp.server).post(url).set('authorization', bearer[who]).send(body),
    patch: (url: string, body: object) => request(testApp.server).patch(url).set('authorization', bearer[who]).send(body),
  });
  const newStaff = (regionCode: string) => ({
    email: `baru-${Math.random().toString(36).slice(2, 8)}@test.mpp.go.id`,
    displayName: 'Petugas Baru',
    role: 'counter_officer',
    regionCode,
    agencyCode: 'samsat-bogor',
    password: 'loket dua buka pagi',
  });

  describe('each role against each route family', () => {
    it.each([
      ['staff', '/admin/api/v1/staff'],
      ['api keys', '/admin/api/v1/api-keys'],
      ['audit', '/admin/api/v1/audit-events'],
    ])('%s: admins list, agency staff are refused', async (_family, url) => {
      await as('national').get(url).expect(200);
      await as('bogorAdmin').get(url).expect(200);
      expect((await as('bogorSupervisor').get(url).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
      expect((await as('bogorOfficer').get(url).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
      expect((await request(testApp.server).get(url).expect(401)).body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('staff accounts', () => {
    it('lets a region admin create staff in its region, not in another, and no national admin', async () => {
      const created = await as('bogorAdmin').post('/admin/api/v1/staff', newStaff('32.71')).expect(201);
      expect(created.body).toMatchObject({ role: 'counter_officer', regionCode: '32.71', disabled: false });
      expect(created.body).not.toHaveProperty('passwordHash');
      expect((await as('bogorAdmin').post('/admin/api/v1/staff', newStaff('36.74')).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      const national = { ...newStaff('32.71'), role: 'national_admin', regionCode: undefined, agencyCode: undefined };
      expect((await as('bogorAdmin').post('/admin/api/v1/staff', national).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    });

    it('refuses a scope that does not fit the role, naming the field', async () => {
      const response = await as('national')
        .post('/admin/api/v1/staff', { ...newStaff('32.71'), agencyCode: undefined })
        .expect(400);
      expect(response.body).toMatchObject({ code: 'STAFF_SCOPE_INVALID', errors: [{ path: 'agencyCode' }] });
    });

    describe('bound to what the region’s live deployment has', () => {
      const create = (body: object, language = 'id') =>
        as('bogorAdmin')
          .post('/admin/api/v1/staff', { ...newStaff('32.71'), ...body })
          .set('accept-language', language);

      it('refuses an agency the deployment does not have, with 422 AGENCY_NOT_DEPLOYED on agencyCode', async () => {
        const response = await create({ agencyCode: 'imigrasi-palsu' }).expect(422);
        expect(response.body).toMatchObject({ code: 'AGENCY_NOT_DEPLOYED', errors: [{ path: 'agencyCode' }] });
        expect(response.headers['content-language']).toBe('id');
        expect(response.body.message).toMatch(/Instansi ini tidak ada/);
        // A region whose file was never applied has no agency at all.
        const undeployed = await as('national')
          .post('/admin/api/v1/staff', { ...newStaff('35.22'), role: 'agency_supervisor', agencyCode: 'disdukcapil' })
          .expect(422);
        expect(undeployed.body).toMatchObject({ code: 'AGENCY_NOT_DEPLOYED', errors: [{ path: 'agencyCode' }] });
      });

      it('refuses a counter of another agency, or none, with 422 COUNTER_NOT_DEPLOYED on counterCode', async () => {
        // Kota Bogor's loket-1 is DPMPTSP's; Disdukcapil has loket-3 to loket-5.
        const other = await create({ agencyCode: 'disdukcapil', counterCode: 'loket-1' }, 'en').expect(422);
        expect(other.body).toMatchObject({
          code: 'COUNTER_NOT_DEPLOYED',
          errors: [{ path: 'counterCode', message: 'counter loket-1 belongs to dpmptsp-kota-bogor, not to disdukcapil' }],
        });
        const none = await create({ agencyCode: 'disdukcapil', counterCode: 'loket-99' }).expect(422);
        expect(none.body).toMatchObject({ code: 'COUNTER_NOT_DEPLOYED', errors: [{ path: 'counterCode' }] });
        const created = await create({ agencyCode: 'disdukcapil', counterCode: 'loket-3' }).expect(201);
        expect(created.body).toMatchObject({ agencyCode: 'disdukcapil', counterCode: 'loket-3' });
      });

      it('checks a changed binding, and still lets an account of a dropped agency be disabled', async () => {
        const officer = await create({ agencyCode: 'disdukcapil', counterCode: 'loket-4' }).expect(201);
        const url = `/admin/api/v1/staff/${officer.body.id}`;
        expect((await as('bogorAdmin').patch(url, { counterCode: 'loket-2' }).expect(422)).body.code).toBe('COUNTER_NOT_DEPLOYED');
        expect((await as('bogorAdmin').patch(url, { agencyCode: 'bapenda' }).expect(422)).body.code).toBe('COUNTER_NOT_DEPLOYED');
        expect((await as('bogorAdmin').patch(url, { agencyCode: 'bapenda', counterCode: null }).expect(200)).body.agencyCode).toBe(
          'bapenda',
        );
        expect((await as('bogorAdmin').patch(url, { agencyCode: 'dukcapil-lama', counterCode: null }).expect(422)).body.code).toBe(
          'AGENCY_NOT_DEPLOYED',
        );

        const stale = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'dukcapil-lama' });
        const disabled = await as('bogorAdmin').patch(`/admin/api/v1/staff/${stale.id}`, { disabled: true }).expect(200);
        expect(disabled.body).toMatchObject({ disabled: true, agencyCode: 'dukcapil-lama' });
      });
    });

    it('refuses a second account with the same email', async () => {
      const body = newStaff('32.71');
      await as('national').post('/admin/api/v1/staff', body).expect(201);
      expect(
        (
          await as('national')
            .post('/admin/api/v1/staff', { ...body, email: body.email.toUpperCase() })
            .expect(409)
        ).body.code,
      ).toBe('STAFF_EMAIL_TAKEN');
    });

    it('confines a region admin’s list to its region', async () => {
      const mine = await as('bogorAdmin').get('/admin/api/v1/staff?pageSize=100').expect(200);
      expect(mine.body.items.length).toBeGreaterThan(0);
      expect(mine.body.items.every((item: { regionCode: string }) => item.regionCode === '32.71')).toBe(true);
      expect((await as('bogorAdmin').get('/admin/api/v1/staff?region=36.74').expect(403)).body.code).toBe('OUT_OF_SCOPE');
    });

    it('changes a role, audits it, and ends the account’s sessions', async () => {
      const target = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bpn-kota-bogor' });
      const changed = await as('bogorAdmin')
        .patch(`/admin/api/v1/staff/${target.id}`, { role: 'agency_supervisor', counterCode: null })
        .expect(200);
      expect(changed.body).toMatchObject({ role: 'agency_supervisor', agencyCode: 'bpn-kota-bogor' });
      const audit = await as('bogorAdmin').get(`/admin/api/v1/audit-events?action=staff.role_change&region=32.71`).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        targetId: target.id,
        actorId: staff['bogorAdmin'].id,
        details: { from: 'counter_officer', to: 'agency_supervisor' },
      });
    });

    it('lets an admin set a new password for a locked-out officer: the lock lifts and old sessions end', async () => {
      const officer = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'kemenag' });
      const auth = testApp.app.get(AuthService);
      const session = await auth.login(officer.email, officer.password, 'test');
      for (let attempt = 0; attempt < 5; attempt++) await auth.login(officer.email, `wrong-${attempt}`, 'test').catch(() => undefined);
      await expect(auth.login(officer.email, officer.password, 'test')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });

      const url = `/admin/api/v1/staff/${officer.id}/password`;
      expect((await as('bogorAdmin').post(url, { newPassword: 'short' }).expect(400)).body.code).toBe('PASSWORD_TOO_WEAK');
      expect((await as('tangselAdmin').post(url, { newPassword: 'loket kemenag buka lagi' }).expect(404)).body.code).toBe(
        'STAFF_NOT_FOUND',
      );
      const reset = await as('bogorAdmin').post(url, { newPassword: 'loket kemenag buka lagi' }).expect(200);
      expect(reset.body.lockedUntil).toBeNull();
      await expect(auth.login(officer.email, 'loket kemenag buka lagi', 'test')).resolves.toMatchObject({ tokenType: 'Bearer' });
      await expect(auth.refresh(session.refreshToken, 'test')).rejects.toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
      expect(
        (
          await as('bogorAdmin')
            .post(`/admin/api/v1/staff/${staff['bogorAdmin'].id}/password`, { newPassword: 'my own new passphrase' })
            .expect(409)
        ).body.code,
      ).toBe('STAFF_SELF_CHANGE');
    });

    it('does not let an admin disable itself', async () => {
      const response = await as('bogorAdmin').patch(`/admin/api/v1/staff/${staff['bogorAdmin'].id}`, { disabled: true }).expect(409);
      expect(response.body.code).toBe('STAFF_SELF_CHANGE');
    });
  });

  describe('API keys', () => {
    async function issue(who: string, body: object) {
      const response = await as(who).post('/admin/api/v1/api-keys', body).expect(201);
      issuedKeys.push(response.body.key);
      return response.body as { id: string; key: string; prefix: string };
    }
    const withKey = (key: string, url: string) => request(testApp.server).get(url).set('x-api-key', key);

    it('shows the key once, then only its prefix', async () => {
      const issued = await issue('bogorAdmin', { name: 'SIEM Kota Bogor', scopes: ['audit:read'], regionCode: '32.71' });
      expect(issued.key).toMatch(new RegExp(`^mpp_${issued.prefix}_[A-Za-z0-9_-]{43}$`));
      const listed = await as('bogorAdmin').get('/admin/api/v1/api-keys').expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(secretOf(issued.key));
      expect(listed.body.items.map((key: { prefix: string }) => key.prefix)).toContain(issued.prefix);
    });

    it('lets a key read within its scope and region only', async () => {
      const reader = await issue('bogorAdmin', { name: 'SIEM', scopes: ['audit:read'], regionCode: '32.71' });
      await withKey(reader.key, '/admin/api/v1/audit-events?region=32.71').expect(200);
      const own = await withKey(reader.key, '/admin/api/v1/audit-events').expect(200);
      expect(own.body.items.every((event: { regionCode: string }) => event.regionCode === '32.71')).toBe(true);
      expect((await withKey(reader.key, '/admin/api/v1/audit-events?region=36.74').expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await withKey(reader.key, '/admin/api/v1/staff').expect(403)).body.code).toBe('API_SCOPE_MISSING');
    });

    it('refuses a key without the route’s scope with 403', async () => {
      const catalog = await issue('national', { name: 'Portal', scopes: ['catalog:read'] });
      expect((await withKey(catalog.key, '/admin/api/v1/audit-events').expect(403)).body.code).toBe('API_SCOPE_MISSING');
    });

    it('refuses a revoked, a rotated-away, an expired-format and an unknown key with 401', async () => {
      const key = await issue('national', { name: 'Rotated', scopes: ['audit:read'] });
      const rotated = await as('national').post(`/admin/api/v1/api-keys/${key.id}/rotate`).expect(200);
      expect((await withKey(key.key, '/admin/api/v1/audit-events').expect(401)).body.code).toBe('API_KEY_INVALID');
      await withKey(rotated.body.key, '/admin/api/v1/audit-events').expect(200);
      await as('national').post(`/admin/api/v1/api-keys/${key.id}/revoke`).expect(200);
      expect((await withKey(rotated.body.key, '/admin/api/v1/audit-events').expect(401)).body.code).toBe('API_KEY_INVALID');
      await withKey('mpp_aaaaaaaaaa_' + 'b'.repeat(43), '/admin/api/v1/audit-events').expect(401);
      await withKey('not-a-key', '/admin/api/v1/audit-events').expect(401);
    });

    it('does not let a region admin issue a national key', async () => {
      expect(
        (
          await as('bogorAdmin')
            .post('/admin/api/v1/api-keys', { name: 'All', scopes: ['catalog:read'] })
            .expect(403)
        ).body.code,
      ).toBe('OUT_OF_SCOPE');
    });

    it('refuses unknown scopes and past expiry dates, naming the field', async () => {
      const badScope = await as('national')
        .post('/admin/api/v1/api-keys', { name: 'X', scopes: ['everything'] })
        .expect(400);
      expect(badScope.body.errors[0].path).toBe('scopes');
      const past = await as('national')
        .post('/admin/api/v1/api-keys', { name: 'X', scopes: ['catalog:read'], expiresAt: '2020-01-01T00:00:00Z' })
        .expect(400);
      expect(past.body.errors[0].path).toBe('expiresAt');
    });

    it('binds a key to an agency of the region’s deployment, and lists it so', async () => {
      await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
      const bound = await issue('bogorAdmin', {
        name: 'SIM Bapenda',
        scopes: ['applications:read'],
        regionCode: '32.71',
        agencyCode: 'bapenda',
      });
      expect(bound).toMatchObject({ agencyCode: 'bapenda', regionCode: '32.71' });
      const listed = await as('bogorAdmin').get('/admin/api/v1/api-keys').expect(200);
      expect(listed.body.items).toContainEqual(expect.objectContaining({ id: bound.id, agencyCode: 'bapenda' }));
      const unknown = await as('bogorAdmin')
        .post('/admin/api/v1/api-keys', { name: 'X', scopes: ['applications:read'], regionCode: '32.71', agencyCode: 'imigrasi-palsu' })
        .expect(404);
      expect(unknown.body).toMatchObject({ code: 'AGENCY_NOT_FOUND', errors: [{ path: 'agencyCode' }] });
      const noRegion = await as('national')
        .post('/admin/api/v1/api-keys', { name: 'X', scopes: ['applications:read'], agencyCode: 'bapenda' })
        .expect(400);
      expect(noRegion.body.errors[0].path).toBe('regionCode');
    });
  });

  describe('audit trail', () => {
    it('records every staff write, denied attempts included, and cannot be changed', async () => {
      await as('bogorAdmin').post('/admin/api/v1/staff', newStaff('36.74')).expect(403);
      const events = await as('national').get('/admin/api/v1/audit-events?pageSize=100').expect(200);
      const actions = events.body.items.map((event: { action: string; outcome: string }) => `${event.action}:${event.outcome}`);
      expect(actions).toEqual(
        expect.arrayContaining([
          'access.denied:denied',
          'staff.create:success',
          'api_key.create:success',
          'POST /admin/api/v1/staff:success',
        ]),
      );
      const denied = events.body.items.find((event: { action: string }) => event.action === 'access.denied');
      expect(denied).toMatchObject({ actorType: 'staff', regionCode: '36.74', requestId: expect.any(String) });
      expect(JSON.stringify(events.body)).not.toContain('loket dua buka pagi');
    });
  });

  it('never writes a key, token or password to the log', () => {
    expect(logLines.length).toBeGreaterThan(10);
    const secrets = [
      ...issuedKeys,
      ...issuedKeys.map(secretOf),
      ...Object.values(bearer).map((value) => value.slice(7)),
      'loket dua buka pagi',
    ];
    expect(secrets.filter((secret) => logLines.some((line) => line.includes(secret)))).toEqual([]);
  });
});
