import { applyDecorators } from '@nestjs/common';
import { ApiGatewayTimeoutResponse, ApiServiceUnavailableResponse } from '@nestjs/swagger';

import type { ErrorCode } from '@mpp/domain';
import { IntegrationError, type IntegrationFailure } from '@mpp/integrations';
import { ApiError, ErrorResponseDto } from '@mpp/platform';

/**
 * How an external system's failure reaches our callers: 503 or 504 with a stable code and a
 * Retry-After, within the call's deadline; never a hang, never the upstream's own words.
 */
const BY_FAILURE: Record<IntegrationFailure, { status: number; code: ErrorCode; message: string }> = {
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

/** The 503 and 504 answers of a route that calls an external system, listed from the table above. */
export function ApiUpstreamFailures(): MethodDecorator & ClassDecorator {
  const codes = (status: number) =>
    Object.values(BY_FAILURE)
      .filter((failure) => failure.status === status)
      .map((failure) => failure.code)
      .join(', ');
  return applyDecorators(
    ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: `${codes(503)}; with Retry-After` }),
    ApiGatewayTimeoutResponse({ type: ErrorResponseDto, description: `${codes(504)}; with Retry-After` }),
  );
}
