import { writeFileSync } from 'node:fs';

import { WEBHOOK_EVENTS } from '@mpp/domain';
import { describeFindings, lintOpenApiDocument, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

/** Spectral warnings of this document today (57): lower it when you remove some, never raise it. */
const WARNING_BUDGET = 57;

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
    if (process.env.MPP_SPECTRAL_DUMP)
      writeFileSync(`${process.env.MPP_SPECTRAL_DUMP}/api.txt`, [JSON.stringify(counts), ...describeFindings(findings)].join('\n'));
    // No errors; warnings (free-text request fields without a pattern, mostly) may only go down.
    expect(describeFindings(findings.filter((finding) => finding.severity === 0))).toEqual([]);
    expect(counts.warnings).toBeLessThanOrEqual(WARNING_BUDGET);
  }, 120_000);

  it('describes every webhook event with its body and Standard Webhooks signature headers (x-webhooks)', () => {
    const webhooks = document['x-webhooks'] as Record<string, { post: { parameters: { name: string }[]; requestBody: unknown } }>;
    expect(Object.keys(webhooks).sort()).toEqual(Object.keys(WEBHOOK_EVENTS).sort());
    for (const { post } of Object.values(webhooks)) {
      expect(post.parameters.map((parameter) => parameter.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
      expect(post.requestBody).toMatchObject({ content: { 'application/json': { schema: { required: ['type', 'timestamp', 'data'] } } } });
    }
  });

  it('names the servers from PUBLIC_BASE_URL, and the rate-limit headers it documents are sent', async () => {
    expect(document['servers']).toEqual([expect.objectContaining({ url: 'https://mpp.example.go.id', 'x-internal': false })]);
    const answer = await testApp.app.inject({ method: 'GET', url: '/v1/provinces' });
    expect(answer.statusCode).toBe(200);
    expect(Number(answer.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
    expect(answer.headers['x-ratelimit-remaining']).toBeDefined();
  });
});
