import { connect } from 'node:net';

import { describeMalformedInput, GENEROUS_RATE_LIMITS, hostileCallers, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describeMalformedInput('API: malformed input never reaches a 500 and always gets the error body', API_APP);

describe('API: errors raised below the app keep the one error body', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let port: number;
  let callers: Record<string, Record<string, string>>;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, GENEROUS_RATE_LIMITS);
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = await testApp.app.getUrl();
    port = Number(new URL(baseUrl).port);
    callers = await hostileCallers(testApp.app);
  });
  afterAll(() => testApp.close());

  /** Sends bytes as they are (fetch would refuse them) and reads the whole answer. */
  function raw(bytes: string | Buffer): Promise<{ status: number; headers: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = text.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), headers: head, body: rest.join('\r\n\r\n') });
      });
    });
  }

  const errorBody = (status: number, code: unknown) => ({ status, code, message: expect.any(String), requestId: expect.any(String) });

  it('answers a control byte in a header with 400 and the error body', async () => {
    const answer = await raw('GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual(errorBody(400, 'BAD_REQUEST'));
  });

  it('answers headers over the size limit with 431 and the error body', async () => {
    const answer = await raw(`GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual(errorBody(431, 'HEADER_TOO_LARGE'));
  });

  it('answers a body over the limit with a readable 413, declared or streamed', async () => {
    const big = JSON.stringify({ email: 'a'.repeat(2 * 1024 * 1024), password: 'x' });
    const declared = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual(errorBody(413, 'PAYLOAD_TOO_LARGE'));
    const streamed = await raw(
      `POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        `${Buffer.byteLength(big).toString(16)}\r\n${big}\r\n0\r\n\r\n`,
    );
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, ''))).toEqual(errorBody(413, 'PAYLOAD_TOO_LARGE'));
  });

  it('answers JSON nested 3,000 levels deep with 400 JSON_TOO_DEEP', async () => {
    const response = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(errorBody(400, 'JSON_TOO_DEEP'));
  });

  it('refuses a NUL byte in a query or path parameter as a field error', async () => {
    const query = await fetch(`${baseUrl}/v1/regions?q=a%00b`);
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'q' }] });
    const path = await fetch(`${baseUrl}/v1/regions/32.71/agencies/a%00b/services/x`);
    expect(path.status).toBe(400);
    expect(await path.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'agencyCode' }] });
  });

  it('refuses null where the document does not allow it, naming the field', async () => {
    const response = await fetch(`${baseUrl}/v1/regions/32.71/population/verifications`, {
      method: 'POST',
      headers: { ...callers['all-scopes key'], 'content-type': 'application/json' },
      body: JSON.stringify({ nik: '3271014708900001', fullName: 'SITI', purpose: null }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'purpose', message: 'purpose tidak boleh null' }],
    });
  });

  it('refuses a malformed region code with an all-regions key before the handler', async () => {
    const response = await fetch(`${baseUrl}/v1/regions/..%2f..%2fx/vehicle-tax/lookups`, {
      method: 'POST',
      headers: { ...callers['all-scopes key'], 'content-type': 'application/json' },
      body: JSON.stringify({ plateNumber: 'F 1 A', purpose: 'Pembayaran PKB' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'REGION_CODE_INVALID', errors: [{ path: 'code' }] });
  });

  it.each([
    '/docs/%2e%2e%2f%2e%2e%2fpackage.json',
    '/docs/..%2f..%2f..%2fpackage.json',
    '/docs/%252e%252e%252fpackage.json',
    '/docs/..%5c..%5cpackage.json',
  ])('serves nothing outside the documentation for %s', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    const text = await response.text();
    expect([400, 403, 404]).toContain(response.status);
    expect(text).not.toContain('"dependencies"');
    expect(JSON.parse(text)).toEqual(errorBody(response.status, expect.stringMatching(/^(BAD_REQUEST|FORBIDDEN|NOT_FOUND)$/)));
  });
});
