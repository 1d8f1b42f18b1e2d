import { startTcpProxy, startTestApp, type TcpProxy, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

/**
 * PostgreSQL stopped (connections cut and refused) and frozen (connections accepted, nothing
 * answered) for one app, through a TCP proxy: requests that need the database answer 503
 * DATABASE_UNAVAILABLE with Retry-After within the pool's timeouts, and the app recovers by
 * itself when the database is back.
 */
describe('API with PostgreSQL stopped or frozen', () => {
  let owner: TestApp;
  let proxy: TcpProxy;
  let app: TestApp;
  let baseUrl: string;
  const LIMITS = { DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1200', DB_QUERY_TIMEOUT_MS: '1500' };

  beforeAll(async () => {
    owner = await startTestApp(API_APP);
    const target = new URL(owner.database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port));
    const proxied = new URL(owner.database.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    app = await startTestApp(API_APP, LIMITS, { database: { url: proxied.toString(), drop: async () => undefined } });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = await app.app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    await proxy.close();
    await owner.close();
  });

  /** 24 concurrent requests that each need the database, with how long each took. */
  async function burst(): Promise<Array<{ status: number; body: Record<string, unknown>; retryAfter: string | null; ms: number }>> {
    return Promise.all(
      Array.from({ length: 24 }, async (_, index) => {
        const started = Date.now();
        const response = await fetch(`${baseUrl}${index % 2 ? '/v1/regions/32.71' : '/v1/regions?page=1'}`);
        return {
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
          retryAfter: response.headers.get('retry-after'),
          ms: Date.now() - started,
        };
      }),
    );
  }

  async function recovered(): Promise<boolean> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await fetch(`${baseUrl}/v1/regions/32.71`);
      if (response.status === 200) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  }

  it.each(['cut', 'freeze'] as const)(
    'answers 503 DATABASE_UNAVAILABLE fast under load with the database %s, then recovers',
    async (mode) => {
      // Healthy first (one at a time: 24 at once may legitimately wait past the 1 s connect
      // timeout for the pool of 10 on a busy machine, which is itself a 503 by design).
      expect(await recovered()).toBe(true);
      proxy.set(mode);
      const answers = await burst();
      proxy.set('pass');
      for (const answer of answers) {
        expect(answer).toMatchObject({
          status: 503,
          body: { status: 503, code: 'DATABASE_UNAVAILABLE', message: expect.any(String), requestId: expect.any(String) },
          retryAfter: expect.stringMatching(/^\d+$/),
        });
        // Connect 1 s, query 1.5 s: a request waits for one of them, plus scheduling on a busy machine.
        expect(answer.ms).toBeLessThan(4_000);
      }
      expect(await recovered()).toBe(true);
      await fetch(`${baseUrl}/health/live`).then((response) => expect(response.status).toBe(200));
    },
    60_000,
  );
});
