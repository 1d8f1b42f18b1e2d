import {
  applySampleDeployments,
  type GeneratorDocument,
  GENEROUS_RATE_LIMITS,
  hostileCallers,
  malformedCases,
  sendMalformedCases,
  startTestApp,
  type TestApp,
} from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describe('Admin API: malformed input never reaches a 500 and always gets the error body', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let callers: Record<string, Record<string, string>>;
  let document: GeneratorDocument;

  beforeAll(async () => {
    testApp = await startTestApp(ADMIN_APP, GENEROUS_RATE_LIMITS);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = await testApp.app.getUrl();
    callers = await hostileCallers(testApp.app);
    document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as GeneratorDocument;
  });
  afterAll(() => testApp.close());

  it.each(['anonymous', 'national admin', 'all-scopes key'])(
    'answers every malformed request of the document as %s with a 4xx error body',
    async (caller) => {
      const cases = malformedCases(document);
      expect(cases.length).toBeGreaterThan(500);
      const bad = await sendMalformedCases(baseUrl, cases, callers[caller]);
      expect(bad.map((answer) => `${answer.status} ${answer.request}: ${answer.body.slice(0, 160)}`)).toEqual([]);
    },
    600_000,
  );
});
