import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import type { Options } from 'pino-http';

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

export function loggerParams(config: AppConfig, app: string, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.logLevel,
    base: { app },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? requestIdFrom(req.headers['x-request-id']),
    customAttributeKeys: { reqId: 'requestId' },
    // Under Fastify's middleware layer `url` may be relative to the mount point; originalUrl is not.
    autoLogging: {
      ignore: (req: IncomingMessage & { originalUrl?: string }) => (req.originalUrl ?? req.url ?? '').startsWith('/health/'),
    },
    serializers: {
      // The route pattern (`/v1/regions/:code/document-links/:token`), set by createHttpApp; never
      // the path, which carries link tokens and tracking codes. No route matched: no path at all.
      req: (req: { id?: string; method?: string; raw?: { routePattern?: string } }) => ({
        id: req.id,
        method: req.method,
        route: req.raw?.routePattern ?? '(no route)',
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return { pinoHttp: [options, maskingNiks(destination ?? pino.destination({ dest: 1, sync: true }))] };
}

/**
 * The last line of defence for personal data (UU 27/2022): every 16-digit number in a finished
 * log line is masked (`3171********0001`), whatever logged it. Bodies are never logged; this
 * covers a NIK that reaches a path, an error message or a careless log call.
 */
export function maskingNiks(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(maskNiksIn(line)) };
}
