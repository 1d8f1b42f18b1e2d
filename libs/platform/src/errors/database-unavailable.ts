/**
 * Tells an unreachable database from a bug: a refused or reset connection, a pool that could
 * not connect in time (DB_CONNECT_TIMEOUT_MS), a statement whose answer never came
 * (DB_QUERY_TIMEOUT_MS), a server shutting down or out of connections. Such a request is
 * answered 503 DATABASE_UNAVAILABLE with Retry-After instead of a 500: the client may retry,
 * and the pool reconnects by itself once the server answers again.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections,
// database_dropped, and query_canceled (statement_timeout: the server could not answer in time).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57P04', '57014']);
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /query read timeout/i,
  /connection (?:to the server )?(?:was )?(?:lost|closed)/i,
  /client has encountered a connection error/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /is not currently accepting connections/i,
  /terminating connection due to administrator command/i,
];

export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08/.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = driverError ?? cause;
  }
  return false;
}
