import { afterEach, describe, expect, it, vi } from 'vitest';

import { freshSession, needsRefresh, sessionFrom, sessionStore } from './desk-session';

describe('desk session', () => {
  afterEach(() => {
    sessionStore.write(undefined);
    vi.unstubAllGlobals();
  });

  it('refreshes in the last fifth of the access token’s life, not before', () => {
    const session = sessionFrom({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer' } as never, 0);
    expect(needsRefresh(session, 700_000)).toBe(false);
    expect(needsRefresh(session, 721_000)).toBe(true);
  });

  it('trades the refresh token once for a new pair, however many requests ask at the same time', async () => {
    sessionStore.write(sessionFrom({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900, tokenType: 'Bearer' } as never, 0));
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ accessToken: 'new', refreshToken: 'r2', expiresIn: 900, tokenType: 'Bearer' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const sessions = await Promise.all([freshSession(800_000), freshSession(800_000), freshSession(800_000)]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sessions.map((session) => session?.accessToken)).toEqual(['new', 'new', 'new']);
    expect(sessionStore.read()?.refreshToken).toBe('r2');
  });
});
