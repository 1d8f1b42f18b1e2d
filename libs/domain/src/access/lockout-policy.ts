/**
 * Locks a staff account after repeated failed logins, so passwords cannot be guessed online.
 * Five failures in a row lock it for fifteen minutes; a success resets the count.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export interface LoginState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LoginState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedLogin(state: LoginState, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): LoginState {
  const failedLogins = isLocked(state, now) ? state.failedLogins : state.failedLogins + 1;
  if (failedLogins >= policy.maxFailures) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedLogins, lockedUntil: state.lockedUntil };
}

export function afterSuccessfulLogin(): LoginState {
  return { failedLogins: 0, lockedUntil: null };
}
