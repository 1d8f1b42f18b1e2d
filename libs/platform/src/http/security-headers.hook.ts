import type { IncomingMessage, ServerResponse } from 'node:http';

import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** helmet's settings for every answer of both apps. */
export const SECURITY_HEADERS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: [`'self'`],
      // The Swagger UI page at /docs needs inline styles and its own scripts.
      styleSrc: [`'self'`, `'unsafe-inline'`],
      scriptSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:'],
      // Added per answer, over HTTPS only (transport-security.hook.ts).
      upgradeInsecureRequests: null,
    },
  },
  hsts: false,
};

/**
 * The headers helmet sets, worked out once: helmet is run at start against a response that
 * only records them. Our settings depend on nothing in the request, so every answer gets the
 * same headers; @fastify/helmet built a new helmet (and parsed the policy again) for every
 * request, the most expensive step of the request pipeline (decision 0052).
 */
export function securityHeaders(options: Readonly<HelmetOptions> = SECURITY_HEADERS): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Sends the security headers with every answer, errors and 404s included. */
export function sendSecurityHeaders(fastify: FastifyInstance, headers = securityHeaders()): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
