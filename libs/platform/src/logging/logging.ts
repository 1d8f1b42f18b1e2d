import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';

import { maskNiksIn } from '@mpp/domain';

import type { AppConfig } from '../config/app-config';

/** Request ids from a caller or proxy are kept only when they are short and plain. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/**
 * Secrets and personal data never reach a log line: credentials are redacted by path, and
 * request bodies and query strings are not logged at all (a URL is logged by its route).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-device-token"]',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  // A failed query's error carries its bound values (an applicant's name, phone, sealed NIK).
  'err.parameters',
  'err.driverError.parameters',
];

/** The app's one logger: every line, Nest's own included, goes through it. */
export function createAppLogger(config: AppConfig, app: string, destination?: DestinationStream): Logger {
  return pino(
    { level: config.logLevel, base: { app }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    maskingNiks(destination ?? pino.destination({ dest: 1, sync: true })),
  );
}

/**
 * The last line of defence for personal data (UU 27/2022): every 16-digit number in a finished
 * log line is masked (`3171********0001`), whatever logged it. Bodies are never logged; this
 * covers a NIK that reaches a path, an error message or a careless log call.
 */
export function maskingNiks(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(maskNiksIn(line)) };
}

/** The request being handled, so a line logged while handling it names it (`req`). */
const currentRequest = new AsyncLocalStorage<FastifyRequest>();

/**
 * What a log line says of its request: the id, the method and the route pattern
 * (`/v1/regions/:code/document-links/:token`), never the path, which carries link tokens and
 * tracking codes. No route matched: no path at all.
 */
function describeRequest(request: FastifyRequest): { id: string; method: string; route: string } {
  return { id: request.id, method: request.method, route: request.routeOptions?.url ?? '(no route)' };
}

/**
 * One line per finished request (`request completed`, or `request errored` at error level for
 * a 5xx), except health probes, written with Fastify's own hooks: nothing is allocated for a
 * request unless its line is written at the configured level (decision 0052).
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => currentRequest.run(request, done));
  fastify.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode >= 500) logFinished(logger, 'error', request, reply, 'request errored');
    else logFinished(logger, 'info', request, reply, 'request completed');
    done();
  });
  // The caller went away before the answer: as pino-http did, one line saying so.
  fastify.addHook('onRequestAbort', (request, done) => {
    logFinished(logger, 'info', request, undefined, 'request aborted');
    done();
  });
}

function logFinished(
  logger: Logger,
  level: 'info' | 'error',
  request: FastifyRequest,
  reply: FastifyReply | undefined,
  message: string,
): void {
  if (!logger.isLevelEnabled(level) || request.url.startsWith('/health/')) return;
  const statusCode = reply?.statusCode ?? request.raw.statusCode;
  const line: Record<string, unknown> = {
    req: describeRequest(request),
    res: { statusCode },
    responseTime: Math.round(reply?.elapsedTime ?? 0),
  };
  if (level === 'error') line['err'] = new Error(`failed with status code ${statusCode}`);
  logger[level](line, message);
}

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's LoggerService over the app's pino logger, taking Nest's calls as nestjs-pino did:
 * `logger.error({ err, requestId }, 'message')` merges the object, the last extra argument is
 * the context, an Error becomes `err`; inside a request the line also names it (`req`).
 */
export class AppLogger {
  constructor(readonly pino: Logger) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.call('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.call('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.call('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.call('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.call('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.call('fatal', message, params);
  }

  private call(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const line: Record<string, unknown> = {};
    const request = currentRequest.getStore();
    if (request) line['req'] = describeRequest(request);
    let rest = params;
    if (params.length > 0) {
      line['context'] = params[params.length - 1];
      rest = params.slice(0, -1);
    }
    if (typeof message === 'object' && message !== null) {
      if (message instanceof Error) line['err'] = message;
      else Object.assign(line, message);
      this.pino[level](line, ...(rest as []));
    } else if (
      level === 'error' &&
      typeof message === 'string' &&
      rest.length === 1 &&
      typeof rest[0] === 'string' &&
      /\n\s*at /.test(rest[0])
    ) {
      // Nest's own exception handlers call error(message, stack): keep the stack as the error's.
      const err = new Error(message);
      err.stack = rest[0];
      line['err'] = err;
      this.pino[level](line);
    } else {
      this.pino[level](line, message as string, ...(rest as []));
    }
  }
}
