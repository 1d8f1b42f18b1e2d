import { type AppConfig, databaseSettings, type RuntimeContext } from '@mpp/platform';
import { dataSourceOptions, type EmbeddedPostgres, openEmbeddedPostgres, prepareDatabase, redactDatabaseUrl } from '@mpp/persistence';
import { DataSource } from 'typeorm';
import path from 'node:path';

export interface CliDatabase {
  context: Pick<RuntimeContext, 'config' | 'databaseUrl' | 'appName'>;
  description: string;
  close(): Promise<void>;
}

/**
 * The database the apps use: DATABASE_URL, or the embedded server of MPP_DATA_DIR. A running
 * embedded server (the apps') is used as it is; otherwise the CLI starts it for the command
 * and stops it afterwards.
 */
export async function openCliDatabase(config: AppConfig): Promise<CliDatabase> {
  if (config.database.url) {
    return {
      context: { config, databaseUrl: config.database.url, appName: 'cli' },
      description: redactDatabaseUrl(config.database.url),
      close: async () => undefined,
    };
  }
  const dataDir = path.resolve(config.database.dataDir, 'postgres');
  const embedded: EmbeddedPostgres = await openEmbeddedPostgres({ dataDir, whenRunning: 'attach' });
  return {
    context: { config, databaseUrl: embedded.url, appName: 'cli' },
    description: `embedded PostgreSQL, data in ${dataDir}${embedded.owned ? '' : ' (already running)'}`,
    close: () => embedded.stop(),
  };
}

/** Runs `work` with a connection to the apps' database, closing everything afterwards. */
export async function withCliDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>, poolSize = 2): Promise<T> {
  const database = await openCliDatabase(config);
  try {
    // Like the apps, bring the schema up to date first (unless DB_MIGRATE_ON_START=false).
    if (config.database.migrateOnStart) await prepareDatabase(databaseSettings(database.context));
    const dataSource = await new DataSource(dataSourceOptions({ ...databaseSettings(database.context), poolSize })).initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}
