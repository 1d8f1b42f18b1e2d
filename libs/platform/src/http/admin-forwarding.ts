import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ApiError } from '../errors/error-body';
import { sendError } from '../errors/http-error.filter';

/** The admin API's own routes, which the console calls on the API's origin (decision 0060). */
export const ADMIN_PREFIX = '/admin/api/';

/** Headers that belong to one hop (RFC 9110 §7.6.1) or that fetch recomputes: never passed on. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'content-encoding',
]);

const bodies = new WeakMap<object, Buffer>();
const logger = new Logger('AdminForwarding');

/**
 * Forwards `/admin/api/*` to the admin app unchanged (method, headers, body, answer), so the
 * console served with the mall's screens reaches both APIs from one origin: no CORS, the CSP's
 * `connect-src 'self'` holds, and the staff token never crosses origins. The admin app still
 * authenticates and authorises every request itself: this is a pipe, not a gate. A national
 * ingress that routes `/admin/api/` to the admin app does the same job (`MPP_ADMIN_URL=off`).
 */
export async function forwardAdminApi(app: NestFastifyApplication, adminUrl: string, timeoutMs = 120_000): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(async (scope) => {
    // The body goes on as bytes: no parsing here, whatever its type (the admin app parses it).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      bodies.set(request, body as Buffer);
      done(null, undefined);
    });
    scope.all(`${ADMIN_PREFIX}*`, (request, reply) => forward(request, reply, adminUrl, timeoutMs));
  });
}

async function forward(request: FastifyRequest, reply: FastifyReply, adminUrl: string, timeoutMs: number): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('x-forwarded-for', [request.headers['x-forwarded-for'], request.ip].filter(Boolean).join(', '));
  headers.set('x-forwarded-proto', request.protocol);
  if (request.headers.host) headers.set('x-forwarded-host', request.headers.host);
  headers.set('x-request-id', request.id);
  const body = bodies.get(request);
  let answer: Response;
  try {
    answer = await fetch(`${adminUrl}${request.url}`, {
      method: request.method,
      headers,
      body: body && body.length > 0 && request.method !== 'GET' && request.method !== 'HEAD' ? new Uint8Array(body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    // A raw route: the error body is written here, in the shape (and language) of every other error.
    return void sendError(
      new ApiError(502, 'ADMIN_UNAVAILABLE', 'The admin API cannot be reached from here; try again shortly'),
      request,
      reply,
      logger,
    );
  }
  const payload = Buffer.from(await answer.arrayBuffer());
  reply.code(answer.status);
  answer.headers.forEach((value, name) => {
    if (!HOP_HEADERS.has(name)) void reply.header(name, value);
  });
  await reply.send(payload);
}
