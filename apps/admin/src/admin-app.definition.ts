import type { AppDefinition } from '@mpp/platform';
import { AppModule } from './app.module';

export const ADMIN_APP: AppDefinition = {
  appName: 'admin',
  title: 'MPP Platform Admin API',
  description: 'Back office of the Mal Pelayanan Publik platform for the ministry and regional IT teams.',
  version: '1',
  port: (config) => config.adminPort,
  rootModule: (context) => AppModule.forRoot(context),
};
