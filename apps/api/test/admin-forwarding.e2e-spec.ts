import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';

import request from 'supertest';

import { startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * The API passes `/admin/api/*` to the admin app as it came (decision 0060). The upstream here
 * is a plain HTTP server that records what reached it and answers with an error body, so the
 * test sees both directions of the pipe; the browser tests drive it against the real admin app.
 */
describe('the API forwards the admin API for the console', () => {
  let upstream: Server;
  let seen: Seen;
  let api: TestApp;
  let down: TestApp;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        res.writeHead(403, { 'content-type': 'application/json', 'content-language': 'id', 'x-upstream': 'admin' });
        res.end(JSON.stringify({ status: 403, code: 'OUT_OF_SCOPE', message: 'Di luar wilayah Anda' }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as { port: number }).port;
    api = await startTestApp(API_APP, { MPP_ADMIN_URL: `http://127.0.0.1:${port}` });
    down = await startTestApp(API_APP, { MPP_ADMIN_URL: `http://127.0.0.1:${await closedPort()}` }, { database: api.database });
  });
  afterAll(async () => {
    await down?.close();
    await api?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('passes method, path, query, token, language and a YAML body through, and the answer back as it is', async () => {
    const yaml = 'apiVersion: mpp.go.id/v1\nkind: RegionDeployment\n';
    const response = await request(api.server)
      .post('/admin/api/v1/deployments/plan?file=kota-bogor.yaml')
      .set('authorization', 'Bearer abc.def.ghi')
      .set('accept-language', 'en')
      .set('content-type', 'application/yaml')
      .send(yaml)
      .expect(403);
    expect(response.body).toEqual({ status: 403, code: 'OUT_OF_SCOPE', message: 'Di luar wilayah Anda' });
    expect(response.headers['x-upstream']).toBe('admin');
    expect(seen).toMatchObject({ method: 'POST', url: '/admin/api/v1/deployments/plan?file=kota-bogor.yaml', body: yaml });
    expect(seen.headers).toMatchObject({
      authorization: 'Bearer abc.def.ghi',
      'accept-language': 'en',
      'content-type': 'application/yaml',
      'x-forwarded-for': expect.stringContaining('127.0.0.1'),
    });
    expect(seen.headers['x-request-id']).toBe(response.headers['x-request-id']);
  });

  it('passes a JSON body through unparsed', async () => {
    await request(api.server).patch('/admin/api/v1/staff/42').send({ role: 'region_admin' }).expect(403);
    expect(seen).toMatchObject({ method: 'PATCH', url: '/admin/api/v1/staff/42' });
    expect(JSON.parse(seen.body)).toEqual({ role: 'region_admin' });
  });

  it('answers 502 ADMIN_UNAVAILABLE, in Indonesian first, when the admin app cannot be reached', async () => {
    const response = await request(down.server).get('/admin/api/v1/staff').expect(502);
    expect(response.body).toMatchObject({ code: 'ADMIN_UNAVAILABLE', requestId: expect.any(String) });
    expect(response.body.message).toContain('API admin');
  });
});

/** A port that nothing listens on: taken from the kernel, then let go. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
