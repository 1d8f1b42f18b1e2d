import type { AppDefinition } from '@mpp/platform';

import { AppModule } from './app.module';

export const ADMIN_APP: AppDefinition = {
  appName: 'admin',
  title: 'MPP Platform Admin API',
  description: 'Back office of the Mal Pelayanan Publik platform for the ministry and regional IT teams.',
  version: '1',
  tags: [
    { name: 'staff', description: 'Staff accounts: create, change role and scope, disable, reset passwords' },
    { name: 'api-keys', description: 'Integrators’ API keys: issue (shown once), list, rotate, revoke' },
    { name: 'audit', description: 'The append-only security trail of sign-ins, denials and every staff or key write' },
    { name: 'deployments', description: 'Regional deployment files: validate, plan, apply' },
    { name: 'calendar', description: 'The national calendar and each region’s opening-day overrides' },
    { name: 'devices', description: 'Kiosks and boards of each site: register, list, revoke' },
    { name: 'national', description: 'The national dashboard: every kabupaten/kota’s rollout stage and figures, progress, map, export' },
    { name: 'health', description: 'Liveness and readiness for load balancers and orchestrators' },
  ],
  port: (config) => config.adminPort,
  rootModule: (context) => AppModule.forRoot(context),
};
