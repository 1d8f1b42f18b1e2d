import { type ApiSchema, createApiClient, type Middleware } from '@mpp/api-client';
import { languageMiddleware } from '../../shared/api';

type TokenPair = ApiSchema<'TokenPairDto'>;

export interface DeskSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  /** Its lifetime in ms, to refresh at 80% of it. */
  lifetimeMs: number;
}

const STORAGE_KEY = 'mpp.desk.session';

/** Kept for this browser tab only: closing the tab signs the officer out of this screen. */
export const sessionStore = {
  read(): DeskSession | undefined {
    try {
      const raw = sessionStorage.getItem(STORAGE_KEY);
      return raw ? (JSON.parse(raw) as DeskSession) : undefined;
    } catch {
      return undefined;
    }
  },
  write(session: DeskSession | undefined): void {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  },
};

export function sessionFrom(pair: TokenPair, now = Date.now()): DeskSession {
  return { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: now + pair.expiresIn * 1000, lifetimeMs: pair.expiresIn * 1000 };
}

/** Whether the access token is in the last fifth of its life (or past it): time to refresh. */
export function needsRefresh(session: DeskSession, now = Date.now()): boolean {
  return session.expiresAt - now < session.lifetimeMs * 0.2;
}

// The fetch of the moment (not the one at load), so a test can stand in for the network.
const plain = createApiClient({ baseUrl: globalThis.location?.origin ?? '', fetch: (request) => globalThis.fetch(request) });
plain.use(languageMiddleware);

let refreshing: Promise<DeskSession | undefined> | undefined;

/**
 * The access token the next request carries, refreshed first when it is near its end, so the
 * officer never sees a sign-in page mid-shift. One refresh at a time: a refresh token works once.
 */
export async function freshSession(now = Date.now()): Promise<DeskSession | undefined> {
  const session = sessionStore.read();
  if (!session || !needsRefresh(session, now)) return session;
  refreshing ??= plain
    .POST('/v1/auth/refresh', { body: { refreshToken: session.refreshToken } })
    .then(({ data }) => {
      const next = data ? sessionFrom(data) : undefined;
      sessionStore.write(next);
      return next;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const session = await freshSession();
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ response }) {
    // The session ended elsewhere (signed out, password changed): back to the sign-in page.
    if (response.status === 401) sessionStore.write(undefined);
    return response;
  },
};

/** The API as the signed-in officer. */
export const deskApi = createApiClient({ baseUrl: globalThis.location?.origin ?? '' });
deskApi.use(languageMiddleware, authMiddleware);

export async function signIn(email: string, password: string) {
  const answer = await plain.POST('/v1/auth/login', { body: { email, password } });
  if (answer.data) sessionStore.write(sessionFrom(answer.data));
  return answer;
}

export async function signOut(): Promise<void> {
  const session = sessionStore.read();
  sessionStore.write(undefined);
  if (session) await plain.POST('/v1/auth/logout', { body: { refreshToken: session.refreshToken } });
}
