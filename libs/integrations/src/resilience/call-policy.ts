import {
  BrokenCircuitError,
  bulkhead,
  BulkheadRejectedError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  type IPolicy,
  isTaskCancelledError,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';

import { IntegrationError, UpstreamFailure } from '../errors/integration-error';

/** Limits of every outbound call (INTEGRATIONS_* settings). */
export interface ResilienceSettings {
  /** One attempt's longest wait for an answer. */
  attemptTimeoutMs: number;
  /** The whole call's longest wait, retries, backoff and queueing included: a caller never waits longer. */
  callTimeoutMs: number;
  /** Further attempts after a failed one, for idempotent calls only. */
  retries: number;
  /** First backoff delay; it doubles (with jitter) on each retry. */
  backoffMs: number;
  /** Consecutive failures that open the circuit. */
  breakerFailures: number;
  /** How long an open circuit waits before letting one trial call through (half-open). */
  breakerCooldownMs: number;
  /** Calls in flight at once per adapter and region, and how many more may wait for a place. */
  maxConcurrent: number;
  maxQueued: number;
}

export const DEFAULT_RESILIENCE: ResilienceSettings = {
  attemptTimeoutMs: 3_000,
  callTimeoutMs: 8_000,
  retries: 2,
  backoffMs: 200,
  breakerFailures: 5,
  breakerCooldownMs: 30_000,
  maxConcurrent: 8,
  maxQueued: 16,
};

/** A timeout policy's cancellation (cockatiel 4 fixed `isTaskCancelledError`, which 3.2.1 never matched). */
const isTimeout = (error: unknown) => isTaskCancelledError(error);

/** A failure that says the system is unwell: retried (if idempotent) and counted by the breaker. */
const isSystemFailure = (error: unknown) => error instanceof UpstreamFailure || isTimeout(error);

/**
 * The resilience of one adapter in one region (cockatiel): a deadline for the whole call, a
 * concurrency limit, retries with exponential backoff for idempotent calls only, a circuit
 * breaker, and a deadline per attempt. Breaker and bulkhead are shared by both kinds of call,
 * so a failing system stops receiving writes as well as reads.
 *
 * The state lives in this process: with several API instances each opens its own circuit,
 * which is what a breaker is for (it protects the caller as much as the system).
 */
export class CallPolicy {
  private readonly breaker;
  private readonly idempotent: IPolicy;
  private readonly once: IPolicy;
  private openedAt = 0;

  constructor(
    readonly name: string,
    private readonly settings: ResilienceSettings,
  ) {
    this.breaker = circuitBreaker(handleWhen(isSystemFailure), {
      halfOpenAfter: settings.breakerCooldownMs,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.breaker.onBreak(() => (this.openedAt = Date.now()));
    const limit = bulkhead(settings.maxConcurrent, settings.maxQueued);
    const deadline = timeout(settings.callTimeoutMs, TimeoutStrategy.Aggressive);
    const attempt = timeout(settings.attemptTimeoutMs, TimeoutStrategy.Aggressive);
    const retries = retry(handleWhen(isSystemFailure), {
      maxAttempts: settings.retries,
      backoff: new ExponentialBackoff({ initialDelay: settings.backoffMs, maxDelay: settings.backoffMs * 8 }),
    });
    this.idempotent = wrap(deadline, limit, retries, this.breaker, attempt);
    this.once = wrap(deadline, limit, this.breaker, attempt);
  }

  get circuit(): 'closed' | 'open' | 'half-open' {
    const state = this.breaker.state;
    if (state === CircuitState.Closed) return 'closed';
    return state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** Runs one call; every failure leaves as an IntegrationError, within `callTimeoutMs`. */
  async run<T>(call: (signal: AbortSignal) => Promise<T>, options: { idempotent: boolean }): Promise<T> {
    const policy = options.idempotent ? this.idempotent : this.once;
    try {
      return await policy.execute(({ signal }) => call(signal));
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof IntegrationError) return error;
    if (error instanceof BrokenCircuitError) {
      const remaining = this.openedAt + this.settings.breakerCooldownMs - Date.now();
      return new IntegrationError('circuit-open', `${this.name}: circuit open after repeated failures`, seconds(remaining));
    }
    if (error instanceof BulkheadRejectedError) {
      return new IntegrationError('busy', `${this.name}: too many calls in flight`, 1);
    }
    if (isTimeout(error)) {
      return new IntegrationError('timeout', `${this.name}: no answer in time`, seconds(this.settings.breakerCooldownMs / 6));
    }
    if (error instanceof UpstreamFailure) {
      return new IntegrationError('unavailable', `${this.name}: ${error.message}`, seconds(this.settings.breakerCooldownMs / 3));
    }
    return error;
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** One policy per adapter and region, made on first use. */
export class CallPolicies {
  private readonly policies = new Map<string, CallPolicy>();

  constructor(private readonly settings: ResilienceSettings) {}

  for(adapter: string, regionCode: string): CallPolicy {
    const key = `${adapter}@${regionCode}`;
    let policy = this.policies.get(key);
    if (!policy) {
      policy = new CallPolicy(key, this.settings);
      this.policies.set(key, policy);
    }
    return policy;
  }
}
