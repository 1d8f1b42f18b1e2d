import type { DestinationStream } from 'pino';

import type { AppConfig } from './app-config';

/** What bootstrap has settled before Nest starts: the config and the database to use. */
export interface RuntimeContext {
  config: AppConfig;
  databaseUrl: string;
  appName: 'api' | 'admin' | 'cli';
  /** Key that signs and checks access tokens (AUTH_JWT_SECRET, or the data folder's own). */
  authSecret: string;
  /** Where logs go instead of stdout: tests read them to prove no secret is ever logged. */
  logDestination?: DestinationStream;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
