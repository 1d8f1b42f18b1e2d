/**
 * Why a call to an external system did not give an answer. The apps turn each kind into a
 * stable error code with a status and a Retry-After; nothing here knows about HTTP status
 * codes of our own API.
 */
export type IntegrationFailure =
  /** No answer within the call's time limit. */
  | 'timeout'
  /** The system failed (5xx, network error, connection refused or cut). */
  | 'unavailable'
  /** Too many recent failures for this adapter in this region: calls are not attempted for a while. */
  | 'circuit-open'
  /** Too many calls in flight to this adapter for this region. */
  | 'busy'
  /** The system refused us: credentials, registered IP, daily quota. An operator must act. */
  | 'refused'
  /** The system answered something its contract does not allow. */
  | 'bad-answer'
  /** The region names no adapter for this system, or the adapter lacks its settings. */
  | 'not-configured';

export class IntegrationError extends Error {
  constructor(
    readonly failure: IntegrationFailure,
    message: string,
    /** When a caller may try again, in whole seconds. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'IntegrationError';
  }
}

/**
 * The system answered and refused this one request for what it says (OSS: an unknown licence or
 * status code). Sending it again changes nothing, unlike `refused` for our credentials.
 */
export class RequestRefused extends IntegrationError {
  constructor(message: string) {
    super('refused', message, 3600);
    this.name = 'RequestRefused';
  }
}

/** A failure worth retrying (idempotent calls only) and counted by the circuit breaker. */
export class UpstreamFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamFailure';
  }
}
