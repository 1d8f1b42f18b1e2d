import path from 'node:path';

import { type EmbeddedPostgres, openEmbeddedPostgres, redactDatabaseUrl } from '@mpp/persistence';

import type { AppConfig } from '../config/app-config';

/** Where the apps' database is, once decided for the apps and the CLI alike. */
export type DatabaseLocation =
  | { kind: 'url'; url: string; redactedUrl: string }
  | { kind: 'embedded'; url: string; redactedUrl: string; dataDir: string; embedded: EmbeddedPostgres };

/**
 * DATABASE_URL when set; otherwise the embedded server of MPP_DATA_DIR, started here or, when
 * another process (an app) runs it already, attached to as it is.
 */
export async function locateDatabase(config: AppConfig): Promise<DatabaseLocation> {
  if (config.database.url) return { kind: 'url', url: config.database.url, redactedUrl: redactDatabaseUrl(config.database.url) };
  const dataDir = path.resolve(config.database.dataDir, 'postgres');
  const embedded = await openEmbeddedPostgres({ dataDir, whenRunning: 'attach' });
  return { kind: 'embedded', url: embedded.url, redactedUrl: redactDatabaseUrl(embedded.url), dataDir, embedded };
}

/** Stops an embedded server this process started; leaves a shared or remote one alone. */
export async function releaseDatabase(location: DatabaseLocation | undefined): Promise<void> {
  if (location?.kind === 'embedded') await location.embedded.stop();
}
