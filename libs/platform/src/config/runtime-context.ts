import type { AppConfig } from './app-config';

/** What bootstrap has settled before Nest starts: the config and the database to use. */
export interface RuntimeContext {
  config: AppConfig;
  databaseUrl: string;
  appName: 'api' | 'admin' | 'cli';
}

export const APP_CONFIG = Symbol('APP_CONFIG');
