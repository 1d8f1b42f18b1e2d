import { useQuery } from '@tanstack/react-query';

import { createAdminClient, createApiClient } from '@mpp/api-client';

import { languageMiddleware, unwrap } from '../../shared/api';
import { createStaffSession } from '../../shared/staff-session';
import type { Me } from './console-access';

/** The console's sign-in, for this tab only (closing it signs out), apart from the counter desk's. */
export const consoleSession = createStaffSession('mpp.console.session');

const origin = globalThis.location?.origin ?? '';

/** The API as the signed-in staff member. */
export const consoleApi = createApiClient({ baseUrl: origin });
consoleApi.use(languageMiddleware, consoleSession.authMiddleware);

/** The admin API, reached on this same origin (the API forwards /admin/api; decision 0060). */
export const adminApi = createAdminClient({ baseUrl: origin });
adminApi.use(languageMiddleware, consoleSession.authMiddleware);

/** Who is signed in (role and scope), or undefined without a session. */
export function useMe() {
  return useQuery({
    queryKey: ['console', '/v1/me'],
    queryFn: async (): Promise<Me | null> => (consoleSession.store.read() ? unwrap(consoleApi.GET('/v1/me')) : null),
    retry: false,
    staleTime: 60_000,
  });
}
