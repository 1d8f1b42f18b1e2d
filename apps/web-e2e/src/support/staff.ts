import { type AdminClient, type ApiClient, createAdminClient, createApiClient } from '@mpp/api-client';

export const PASSWORD = 'demo-mpp-2026!';
export const SUPERVISOR = 'supervisor.bogor@demo.mpp.go.id';

/** An API client signed in as a demo account, the way an officer's browser is. */
export async function signedIn(apiUrl: string, email: string): Promise<ApiClient> {
  const login = await createApiClient({ baseUrl: apiUrl }).POST('/v1/auth/login', { body: { email, password: PASSWORD } });
  if (!login.data) throw new Error(`${email} could not sign in: ${JSON.stringify(login.error)}`);
  return createApiClient({ baseUrl: apiUrl, headers: { authorization: `Bearer ${login.data.accessToken}` } });
}

export const REGION_ADMIN = 'admin.bogor@demo.mpp.go.id';

/** An admin-app client signed in as a demo account (the token comes from the API). */
export async function adminSignedIn(apiUrl: string, adminUrl: string, email: string): Promise<AdminClient> {
  const login = await createApiClient({ baseUrl: apiUrl }).POST('/v1/auth/login', { body: { email, password: PASSWORD } });
  if (!login.data) throw new Error(`${email} could not sign in: ${JSON.stringify(login.error)}`);
  return createAdminClient({ baseUrl: adminUrl, headers: { authorization: `Bearer ${login.data.accessToken}` } });
}
