import { IntegrationError, type IntegrationFailure } from '@mpp/integrations';
import { ApiError } from '@mpp/platform';

/**
 * How an external system's failure reaches our callers: 503 or 504 with a stable code and a
 * Retry-After, within the call's deadline; never a hang, never the upstream's own words.
 */
const BY_FAILURE: Record<IntegrationFailure, { status: number; code: string; message: string }> = {
  timeout: { status: 504, code: 'UPSTREAM_TIMEOUT', message: 'The external system did not answer in time' },
  unavailable: { status: 503, code: 'UPSTREAM_UNAVAILABLE', message: 'The external system is unavailable' },
  'circuit-open': {
    status: 503,
    code: 'CIRCUIT_OPEN',
    message: 'The external system failed repeatedly; calls are paused for a while',
  },
  busy: { status: 503, code: 'UPSTREAM_BUSY', message: 'Too many calls to the external system are in flight' },
  refused: { status: 503, code: 'UPSTREAM_REFUSED', message: 'The external system refused the platform’s access; an operator must act' },
  'bad-answer': { status: 503, code: 'UPSTREAM_BAD_ANSWER', message: 'The external system answered outside its contract' },
  'not-configured': {
    status: 503,
    code: 'INTEGRATION_NOT_CONFIGURED',
    message: 'This region has no working adapter for the external system',
  },
};

export function integrationFailure(error: IntegrationError): ApiError {
  const mapped = BY_FAILURE[error.failure];
  return new ApiError(mapped.status, mapped.code, mapped.message, undefined, error.retryAfterSeconds);
}
