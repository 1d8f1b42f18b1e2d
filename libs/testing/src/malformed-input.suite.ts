import type { AppDefinition } from '@mpp/platform';

import { GENEROUS_RATE_LIMITS, hostileCallers } from './hostile-callers';
import { type GeneratorDocument, malformedCases, sendMalformedCases } from './malformed-requests';
import { applySampleDeployments } from './sample-deployments';
import { startTestApp, type TestApp } from './test-app';

/**
 * The one malformed-request suite every app runs against its own OpenAPI document: each route
 * fed garbage as an anonymous caller, a national admin and an all-scopes key must answer 4xx
 * with the error body, never 5xx.
 */
export function describeMalformedInput(title: string, definition: AppDefinition): void {
  describe(title, () => {
    let testApp: TestApp;
    let baseUrl: string;
    let callers: Record<string, Record<string, string>>;
    let document: GeneratorDocument;

    beforeAll(async () => {
      testApp = await startTestApp(definition, GENEROUS_RATE_LIMITS);
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
}
