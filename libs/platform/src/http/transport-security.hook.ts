import type { FastifyReply, FastifyRequest } from 'fastify';

/** One year, as the HSTS preload list asks; sent only where the browser will honour it (HTTPS). */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * HTTPS-only security headers, added only to answers that went out over HTTPS (directly, or
 * behind a proxy trusted with TRUST_PROXY that says so in X-Forwarded-Proto). A mall's kiosks and
 * boards often reach the app over plain HTTP on the mall's own network; `upgrade-insecure-requests`
 * would send their page's scripts and styles to an HTTPS port nobody listens on, and a blank kiosk
 * is worse than an unencrypted LAN.
 */
export function addTransportSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  if (request.protocol !== 'https') return;
  reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy === 'string' && !policy.includes('upgrade-insecure-requests'))
    reply.header('content-security-policy', `${policy};upgrade-insecure-requests`);
}
