import { afterFailedLogin, afterSuccessfulLogin, isLocked, type LoginState } from './lockout-policy';

const now = new Date('2026-11-25T01:00:00Z');
const fresh: LoginState = { failedLogins: 0, lockedUntil: null };

describe('lockout policy', () => {
  it('locks for fifteen minutes on the fifth failure in a row', () => {
    let state = fresh;
    for (let attempt = 1; attempt <= 4; attempt++) {
      state = afterFailedLogin(state, now);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailedLogin(state, now);
    expect(state.lockedUntil).toEqual(new Date('2026-11-25T01:15:00Z'));
    expect(isLocked(state, new Date('2026-11-25T01:14:59Z'))).toBe(true);
    expect(isLocked(state, new Date('2026-11-25T01:15:00Z'))).toBe(false);
  });

  it('does not stretch a running lock with more failures', () => {
    const locked: LoginState = { failedLogins: 0, lockedUntil: new Date('2026-11-25T01:10:00Z') };
    expect(afterFailedLogin(locked, now)).toEqual(locked);
  });

  it('forgets earlier failures after a success', () => {
    expect(afterSuccessfulLogin()).toEqual(fresh);
  });
});
