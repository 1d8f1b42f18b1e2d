import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '../migrations';
import type { DatabaseSettings } from './database-settings';
import { ENTITIES } from './entities';

/**
 * One definition of the connection for the apps, the CLI and the tests. Every timeout is
 * set so that nothing waits forever: getting a connection from the pool, a statement, and a
 * transaction left open by a stuck request.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: settings.applicationName,
    poolSize: settings.poolSize,
    connectTimeoutMS: settings.connectTimeoutMs,
    extra: {
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
      // A frozen server never cancels anything itself: without this, a request would wait forever.
      ...(settings.queryTimeoutMs !== undefined && { query_timeout: settings.queryTimeoutMs }),
    },
  };
}
