import type { DatabaseSettings } from '@mpp/persistence';

import type { RuntimeContext } from '../config/runtime-context';

export function databaseSettings(context: Pick<RuntimeContext, 'config' | 'databaseUrl' | 'appName'>): DatabaseSettings {
  const { database } = context.config;
  return {
    url: context.databaseUrl,
    poolSize: database.poolSize,
    connectTimeoutMs: database.connectTimeoutMs,
    statementTimeoutMs: database.statementTimeoutMs,
    queryTimeoutMs: database.queryTimeoutMs,
    idleInTransactionTimeoutMs: database.idleInTransactionTimeoutMs,
    applicationName: `mpp-${context.appName}`,
  };
}
