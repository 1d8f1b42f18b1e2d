import { Database, prepareDatabase } from '@mpp/persistence';
import { type AppConfig, databaseSettings, locateDatabase, releaseDatabase, type RuntimeContext } from '@mpp/platform';

export interface CliDatabase {
  context: Pick<RuntimeContext, 'config' | 'databaseUrl' | 'appName'>;
  description: string;
  close(): Promise<void>;
}

/**
 * The database the apps use (DATABASE_URL, or the embedded server of MPP_DATA_DIR: see
 * locateDatabase). A running embedded server (the apps') is used as it is; otherwise the CLI
 * starts it for the command and stops it afterwards.
 */
export async function openCliDatabase(config: AppConfig): Promise<CliDatabase> {
  const location = await locateDatabase(config);
  return {
    context: { config, databaseUrl: location.url, appName: 'cli' },
    description:
      location.kind === 'url'
        ? location.redactedUrl
        : `embedded PostgreSQL, data in ${location.dataDir}${location.embedded.owned ? '' : ' (already running)'}`,
    close: () => releaseDatabase(location),
  };
}

/** Runs `work` with a connection to the apps' database, closing everything afterwards. */
export async function withCliDatabase<T>(config: AppConfig, work: (database: Database) => Promise<T>, poolSize = 2): Promise<T> {
  const cli = await openCliDatabase(config);
  try {
    // Like the apps, bring the schema up to date first (unless DB_MIGRATE_ON_START=false).
    if (config.database.migrateOnStart) await prepareDatabase(databaseSettings(cli.context));
    const database = await Database.open({ ...databaseSettings(cli.context), poolSize });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await cli.close();
  }
}
