import { createApiClient } from '@mpp/api-client';

import { languageMiddleware } from '../../shared/api';
import { createStaffSession, needsRefresh, sessionFrom, type StaffSession } from '../../shared/staff-session';

export type DeskSession = StaffSession;
export { needsRefresh, sessionFrom };

/** Kept for this browser tab only: closing the tab signs the officer out of this screen. */
const desk = createStaffSession('mpp.desk.session');

export const sessionStore = desk.store;
/** The access token the next request carries, refreshed first so the officer never sees a sign-in page mid-shift. */
export const freshSession = desk.freshSession;
export const authMiddleware = desk.authMiddleware;
export const signIn = desk.signIn;
export const signOut = desk.signOut;

/** The API as the signed-in officer. */
export const deskApi = createApiClient({ baseUrl: globalThis.location?.origin ?? '' });
deskApi.use(languageMiddleware, authMiddleware);
