import type { AppDefinition } from '@mpp/platform';
import { AppModule } from './app.module';

export const API_APP: AppDefinition = {
  appName: 'api',
  title: 'MPP Platform API',
  description:
    'REST API v1 of the Mal Pelayanan Publik platform: reference data, service catalogue, queue, ' +
    'applications and surveys. Errors share one body: { status, code, message, errors?, requestId }.',
  version: '1',
  servesWebApp: true,
  port: (config) => config.apiPort,
  rootModule: (context) => AppModule.forRoot(context),
};
