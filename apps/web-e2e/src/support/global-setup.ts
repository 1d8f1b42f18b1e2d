import type { TestProject } from 'vitest/node';

import { createAdminClient, createApiClient } from '@mpp/api-client';

import { startRealApps } from './real-apps';
import { REGION, SITE, testDeployment } from './test-deployment';

export interface AppsInfo {
  apiUrl: string;
  adminUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    apps: AppsInfo;
  }
}

export const NATIONAL_ADMIN = { email: 'nasional@demo.mpp.go.id', password: 'demo-mpp-2026!' };

/** Starts the apps once for every browser test, deploys the test region, stops them at the end. */
export default async function setup(project: TestProject) {
  const apps = await startRealApps();
  try {
    await deployTestRegion(apps.apiUrl, apps.adminUrl);
  } catch (error) {
    await apps.stop();
    throw error;
  }
  project.provide('apps', { apiUrl: apps.apiUrl, adminUrl: apps.adminUrl });
  return () => apps.stop();
}

async function deployTestRegion(apiUrl: string, adminUrl: string): Promise<void> {
  const api = createApiClient({ baseUrl: apiUrl });
  const login = await api.POST('/v1/auth/login', { body: NATIONAL_ADMIN });
  if (!login.data) throw new Error(`national admin sign-in failed: ${JSON.stringify(login.error)}`);
  const admin = createAdminClient({ baseUrl: adminUrl, headers: { authorization: `Bearer ${login.data.accessToken}` } });
  const applied = await admin.POST('/admin/api/v1/deployments/apply', { body: { content: testDeployment() } });
  if (!applied.response.ok) throw new Error(`applying the test deployment failed: ${JSON.stringify(applied.error)}`);
  const mall = await api.GET('/v1/regions/{code}/mall', { params: { path: { code: REGION } } });
  const site = mall.data?.sites.find((item) => item.code === SITE);
  if (site?.now.acceptingTickets) return;
  // A national holiday today: open the test mall anyway, as a region admin would.
  const override = await admin.POST('/admin/api/v1/regions/{regionCode}/calendar-overrides', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, date: site?.now.date ?? '', kind: 'open', hours: [{ from: '00:00', to: '24:00' }], reason: 'Uji otomatis' },
  });
  if (!override.response.ok) throw new Error(`opening the test mall today failed: ${JSON.stringify(override.error)}`);
}
