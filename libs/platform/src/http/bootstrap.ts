import type { DynamicModule } from '@nestjs/common';
import pino, { type Logger } from 'pino';

import { prepareDatabase } from '@mpp/persistence';

import { seedAccounts } from '../access/account-seeding';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { resolveAuthSecret } from '../config/auth-secret';
import type { RuntimeContext } from '../config/runtime-context';
import { type DatabaseLocation, locateDatabase, releaseDatabase } from '../database/database-location';
import { databaseSettings } from '../database/database-settings';
import { createHttpApp, type HttpAppOptions } from './create-http-app';
import { watchLauncher } from './launcher-watch';

export interface AppDefinition extends HttpAppOptions {
  appName: RuntimeContext['appName'];
  port: (config: AppConfig) => number;
  rootModule: (context: RuntimeContext) => DynamicModule;
}

/**
 * Starts one app: validated config, the database (embedded unless DATABASE_URL is set),
 * migrations, then HTTP. On SIGTERM or SIGINT it stops taking requests, drains, closes the
 * pool, and only then stops an embedded server it started.
 */
export async function runApp(definition: AppDefinition, env: Record<string, string | undefined>): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const log = pino({ level: config.logLevel, base: { app: definition.appName } });
  // Started by `npm start`: stop with the launcher, however it ends. Before the signal handlers
  // below exist, SIGTERM ends the process at once, and the embedded PostgreSQL runner, seeing
  // its parent gone, stops the server by itself.
  watchLauncher(env, (launcherPid) => {
    log.warn({ launcherPid }, 'the launcher (npm start) is gone; stopping');
    process.kill(process.pid, 'SIGTERM');
  });
  let database: DatabaseLocation | undefined;
  try {
    database = await locateDatabase(config);
    log.info(describe(database));
    const context: RuntimeContext = {
      config,
      databaseUrl: database.url,
      appName: definition.appName,
      authSecret: resolveAuthSecret(config),
    };
    if (config.database.migrateOnStart) {
      const prepared = await prepareDatabase(databaseSettings(context));
      log.info({ migrations: prepared.appliedMigrations, regions: prepared.regions }, 'database schema is up to date');
    }
    const app = await createHttpApp(definition.rootModule(context), context, definition);
    if (config.database.migrateOnStart) {
      const created = await seedAccounts(app, config);
      if (created.length > 0) log.info({ accounts: created.length }, 'staff accounts created from the start settings');
    }
    const port = definition.port(config);
    await app.listen({ port, host: config.host }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new Error(
          `Port ${port} on ${config.host} is already in use: is another ${definition.appName} running? Choose another port in the environment.`,
        );
      }
      throw error;
    });
    log.info(`${definition.appName} listening on http://${config.host}:${port}${config.http.docsEnabled ? ` (API docs at /docs)` : ''}`);
    stopOnSignal(log, config.http.shutdownTimeoutMs, async () => {
      await app.close();
      await releaseDatabase(database);
    });
  } catch (error) {
    log.fatal({ err: error }, `${definition.appName} could not start: ${error instanceof Error ? error.message : String(error)}`);
    await releaseDatabase(database);
    process.exit(1);
  }
}

function describe(database: DatabaseLocation): string {
  if (database.kind === 'url') return `PostgreSQL: ${database.redactedUrl}`;
  return database.embedded.owned
    ? `Embedded PostgreSQL started: data in ${database.dataDir} (${database.redactedUrl})`
    : `Embedded PostgreSQL already running, attached: data in ${database.dataDir} (${database.redactedUrl})`;
}

function stopOnSignal(log: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error(`shutdown took longer than ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs);
    force.unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
