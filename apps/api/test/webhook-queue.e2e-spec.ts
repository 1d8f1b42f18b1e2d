import request from 'supertest';

import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret, verifyWebhook } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { waitFor, WebhookReceiver } from './support/webhook-receiver';

const SITE = 'mpp-kota-bogor';
const counterUrl = (action: string) => `/v1/regions/32.71/agencies/disdukcapil/counters/loket-3/${action}`;

describe('webhooks for the queue', () => {
  let testApp: TestApp;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000', WEBHOOK_POLL_MS: '20' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await testApp.close();
  });

  it('reports a ticket issued, called and finished, signed, from the transaction of each move', async () => {
    const officer = await createStaff(testApp.app, {
      role: 'counter_officer',
      regionCode: '32.71',
      agencyCode: 'disdukcapil',
      counterCode: 'loket-3',
    });
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Papan antrean kota',
      prefix,
      secretHash: hash,
      scopes: ['webhooks:manage', 'queue:write'],
      regionCode: '32.71',
      expiresAt: null,
      createdBy: officer.id,
    });
    const subscription = await request(testApp.server)
      .post('/v1/webhooks/subscriptions')
      .set('x-api-key', `mpp_${prefix}_${secret}`)
      .send({ url: receiver.url, events: ['ticket.issued', 'ticket.called', 'ticket.finished'] })
      .expect(201);

    const ticket = await request(testApp.server)
      .post(`/v1/regions/32.71/sites/${SITE}/tickets`)
      .send({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el', phone: '081234567890' })
      .expect(201);
    const bearer = await bearerFor(testApp.app, officer);
    const act = (action: string, body: object = {}) =>
      request(testApp.server).post(counterUrl(action)).set('Authorization', bearer).send(body).expect(200);
    await act('open', { siteCode: SITE, services: ['ktp-el'] });
    await act('call-next');
    await act('start');
    await act('finish');

    const hooks = await waitFor(() => receiver.received.length >= 3 && receiver.received, 15_000, 'three ticket webhooks');
    const bodies = hooks.map((hook) => JSON.parse(hook.body) as { type: string; data: Record<string, unknown> });
    expect(bodies.map((body) => body.type).sort()).toEqual(['ticket.called', 'ticket.finished', 'ticket.issued']);
    for (const body of bodies)
      expect(body.data).toMatchObject({ ticketId: ticket.body.id, number: ticket.body.number, agencyCode: 'disdukcapil', siteCode: SITE });
    expect(bodies.find((body) => body.type === 'ticket.finished')?.data).toMatchObject({ status: 'done', counterCode: 'loket-3' });
    for (const hook of hooks) {
      expect(verifyWebhook(subscription.body.secret, hook, hook.body)).toBe(true);
      expect(hook.body).not.toContain('81234567890');
    }
  });
});
