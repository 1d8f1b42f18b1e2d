import { describeFindings, lintOpenApiDocument, startTestApp, type TestApp } from '@mpp/testing';
import { writeFileSync } from 'node:fs';
import { API_APP } from '../src/api-app.definition';

describe('API: the OpenAPI document an integrator reads', () => {
  let testApp: TestApp;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { PUBLIC_BASE_URL: 'https://mpp.example.go.id' });
    document = (await testApp.app.inject({ method: 'GET', url: '/docs-json' })).json();
    if (process.env.MPP_SPECTRAL_DUMP) writeFileSync(`${process.env.MPP_SPECTRAL_DUMP}/api.json`, JSON.stringify(document, null, 2));
  });
  afterAll(() => testApp.close());

  it('is clean under Spectral with spectral:oas and the OWASP API Security ruleset', async () => {
    const { findings, counts } = await lintOpenApiDocument(document, 'api');
    if (process.env.MPP_SPECTRAL_DUMP) writeFileSync(`${process.env.MPP_SPECTRAL_DUMP}/api.txt`, [JSON.stringify(counts), ...describeFindings(findings)].join('\n'));
    expect(describeFindings(findings)).toEqual([]);
  }, 120_000);
});
