import request from 'supertest';

import { type ApiScope, PageRequest } from '@mpp/domain';
import { ApiKeysRepository, AuditLogRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const SITE = 'mpp-kota-bogor';
const TICKETS = `/v1/regions/32.71/sites/${SITE}/tickets`;
const WALK_IN = { agencyCode: 'disdukcapil', serviceCode: 'ktp-el' };

describe('integrators act under their own keys on the citizen routes', () => {
  let testApp: TestApp;
  let issuer: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '3', RATE_LIMIT_API_KEY_PER_MINUTE: '8' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    issuer = (await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' })).id;
  });
  afterAll(() => testApp.close());

  async function key(scopes: ApiScope[], regionCode: string | null = '32.71'): Promise<{ id: string; header: string }> {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    const id = newId();
    await testApp.app.get(ApiKeysRepository).insert({
      id,
      name: 'Portal daerah',
      prefix,
      secretHash: hash,
      scopes,
      regionCode,
      expiresAt: null,
      createdBy: issuer,
    });
    return { id, header: `mpp_${prefix}_${secret}` };
  }

  it('takes a walk-in ticket for a citizen with queue:write: channel integrator, the key in the audit trail', async () => {
    const portal = await key(['queue:write']);
    const taken = await request(testApp.server).post(TICKETS).set('x-api-key', portal.header).send(WALK_IN).expect(201);
    expect(taken.body).toMatchObject({ channel: 'integrator', status: 'waiting' });

    const { items } = await testApp.app.get(AuditLogRepository).findPage({ actorId: portal.id }, PageRequest.of(1, 10));
    const audit = items.find((event) => event.action === 'POST /v1/regions/:code/sites/:siteCode/tickets');
    expect(audit).toMatchObject({ actorType: 'api-key', actorId: portal.id, outcome: 'success', regionCode: '32.71' });
    expect(audit?.details).toMatchObject({ resultId: taken.body.id });
  });

  it('refuses a key without queue:write, a key of another region, and a key that is not live', async () => {
    const reader = await key(['catalog:read']);
    const refused = await request(testApp.server).post(TICKETS).set('x-api-key', reader.header).send(WALK_IN).expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'API_SCOPE_MISSING' });

    const tangsel = await key(['queue:write'], '36.74');
    const elsewhere = await request(testApp.server).post(TICKETS).set('x-api-key', tangsel.header).send(WALK_IN).expect(403);
    expect(elsewhere.body.code).toBe('OUT_OF_SCOPE');

    const made = await request(testApp.server)
      .post(TICKETS)
      .set('x-api-key', 'mpp_abcdefghij_' + 'x'.repeat(43))
      .send(WALK_IN)
      .expect(401);
    expect(made.body.code).toBe('API_KEY_INVALID');
  });

  it('scopes Idempotency-Key to the key: a retry replays, another key with the same Idempotency-Key gets its own ticket', async () => {
    const [first, second] = [await key(['queue:write']), await key(['queue:write'])];
    const send = (header: string) =>
      request(testApp.server).post(TICKETS).set('x-api-key', header).set('idempotency-key', 'portal-tap-1').send(WALK_IN).expect(201);
    const original = await send(first.header);
    const retry = await send(first.header);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(original.body.id);
    const other = await send(second.header);
    expect(other.body.id).not.toBe(original.body.id);
  });

  it('reads the catalogue with catalog:read on the key’s own budget, not the address’s', async () => {
    const mirror = await key(['catalog:read']);
    // The anonymous budget of this address (3 a minute) is spent…
    for (let i = 0; i < 3; i++) await request(testApp.server).get('/v1/regions/32.71/agencies');
    await request(testApp.server).get('/v1/regions/32.71/agencies').expect(429);
    // …while the key, from the same address, still has its own.
    const read = await request(testApp.server).get('/v1/regions/32.71/agencies').set('x-api-key', mirror.header).expect(200);
    expect(read.headers['x-ratelimit-limit']).toBe('8');
    expect(read.body.items.length).toBeGreaterThan(0);

    const queueOnly = await key(['queue:write']);
    const refused = await request(testApp.server).get('/v1/regions/32.71/agencies').set('x-api-key', queueOnly.header).expect(403);
    expect(refused.body.code).toBe('API_SCOPE_MISSING');
  });
});
