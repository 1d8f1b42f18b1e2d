import { type ApiSchema, createApiClient, type Middleware } from '@mpp/api-client';

import { languageMiddleware } from './api';

type TokenPair = ApiSchema<'TokenPairDto'>;

export interface StaffSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  /** Its lifetime in ms, to refresh at 80% of it. */
  lifetimeMs: number;
}

export function sessionFrom(pair: TokenPair, now = Date.now()): StaffSession {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    expiresAt: now + pair.expiresIn * 1000,
    lifetimeMs: pair.expiresIn * 1000,
  };
}

/** Whether the access token is in the last fifth of its life (or past it): time to refresh. */
export function needsRefresh(session: StaffSession, now = Date.now()): boolean {
  return session.expiresAt - now < session.lifetimeMs * 0.2;
}

/**
 * A signed-in member of staff on one screen (the counter desk, the console), kept in this tab's
 * sessionStorage only: closing the tab signs out of the screen, no other tab or site reads it,
 * and nothing lands in localStorage or a cookie. The access token is refreshed in the background.
 */
export function createStaffSession(storageKey: string) {
  const store = {
    read(): StaffSession | undefined {
      try {
        const raw = sessionStorage.getItem(storageKey);
        return raw ? (JSON.parse(raw) as StaffSession) : undefined;
      } catch {
        return undefined;
      }
    },
    write(session: StaffSession | undefined): void {
      if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
      else sessionStorage.removeItem(storageKey);
    },
  };

  // The fetch of the moment (not the one at load), so a test can stand in for the network.
  const plain = createApiClient({ baseUrl: globalThis.location?.origin ?? '', fetch: (request) => globalThis.fetch(request) });
  plain.use(languageMiddleware);

  let refreshing: Promise<StaffSession | undefined> | undefined;

  /** The session the next request carries, refreshed first near its end. One refresh at a time: a refresh token works once. */
  async function freshSession(now = Date.now()): Promise<StaffSession | undefined> {
    const session = store.read();
    if (!session || !needsRefresh(session, now)) return session;
    refreshing ??= plain
      .POST('/v1/auth/refresh', { body: { refreshToken: session.refreshToken } })
      .then(({ data }) => {
        const next = data ? sessionFrom(data) : undefined;
        store.write(next);
        return next;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  const authMiddleware: Middleware = {
    async onRequest({ request }) {
      const session = await freshSession();
      if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
      return request;
    },
    onResponse({ response }) {
      // The session ended elsewhere (signed out, password changed): back to the sign-in page.
      if (response.status === 401) store.write(undefined);
      return response;
    },
  };

  async function signIn(email: string, password: string) {
    const answer = await plain.POST('/v1/auth/login', { body: { email, password } });
    if (answer.data) store.write(sessionFrom(answer.data));
    return answer;
  }

  async function signOut(): Promise<void> {
    const session = store.read();
    store.write(undefined);
    if (session) await plain.POST('/v1/auth/logout', { body: { refreshToken: session.refreshToken } });
  }

  return { store, freshSession, authMiddleware, signIn, signOut, plain };
}
