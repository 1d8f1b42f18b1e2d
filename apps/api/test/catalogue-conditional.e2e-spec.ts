import request from 'supertest';

import { applySampleDeployments, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('conditional requests on the catalogue: portals that mirror it poll cheaply', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
  });
  afterAll(() => testApp.close());

  const get = (path: string) => request(testApp.server).get(`/v1/regions/32.71${path}`);

  it.each(['/mall', '/agencies', '/services?q=ktp', '/agencies/disdukcapil/services/ktp-el'])(
    'answers %s with a weak ETag, and 304 without a body while If-None-Match names it',
    async (path) => {
      const first = await get(path).expect(200);
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);

      const again = await get(path).set('if-none-match', etag).expect(304);
      expect(again.text).toBe('');
      expect(again.headers['etag']).toBe(etag);
      // A list of tags, the strong form of the same tag, and * all match (weak comparison).
      await get(path)
        .set('if-none-match', `W/"other", ${etag.slice(2)}`)
        .expect(304);
      await get(path).set('if-none-match', '*').expect(304);

      const stale = await get(path).set('if-none-match', 'W/"stale"').expect(200);
      expect(stale.body).toEqual(first.body);
    },
  );

  it('changes the tag when what is shown changes: another language, another deployment', async () => {
    const indonesian = (await get('/mall').expect(200)).headers['etag'];
    const english = (await get('/mall').set('accept-language', 'en').expect(200)).headers['etag'];
    expect(english).not.toBe(indonesian);

    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    const changed = await get('/mall').set('if-none-match', indonesian).expect(200);
    expect(changed.headers['etag']).not.toBe(indonesian);
  });
});
