import { randomBytes } from 'node:crypto';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';

import { prepareDatabase } from '@mpp/persistence';
import { createTestDatabase, type TestDatabase } from '@mpp/persistence/testing';
import { type AppDefinition, createHttpApp, databaseSettings, loadConfig, type RuntimeContext, seedAccounts } from '@mpp/platform';

export interface TestApp {
  app: NestFastifyApplication;
  /** The Node HTTP server, for supertest. */
  server: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  database: TestDatabase;
  context: RuntimeContext;
  close(): Promise<void>;
}

/**
 * Boots the real app of `definition` on a fresh database, migrated and seeded the way a
 * start does, without listening on a port: supertest drives it over its HTTP server.
 */
export interface TestAppOptions {
  /** Reads every log line the app writes (at LOG_LEVEL from env, silent by default). */
  logLines?: string[];
  /** Another instance's database, to run a second instance of the app on it (left for its owner to drop). */
  database?: TestDatabase;
}

export async function startTestApp(
  definition: AppDefinition,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase());
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env, DATABASE_URL: database.url });
  const context: RuntimeContext = {
    config,
    databaseUrl: database.url,
    appName: definition.appName,
    // Instances of one test that share AUTH_JWT_SECRET accept each other's tokens, as in production.
    authSecret: config.auth.jwtSecret ?? randomBytes(32).toString('hex'),
    logDestination: options.logLines ? collectLines(options.logLines) : undefined,
  };
  if (!shared) await prepareDatabase(databaseSettings(context));
  const app = await createHttpApp(definition.rootModule(context), context, definition);
  await seedAccounts(app, config);
  return {
    app,
    server: app.getHttpServer(),
    database,
    context,
    close: async () => {
      await app.close();
      if (!shared) await database.drop();
    },
  };
}

function collectLines(lines: string[]): DestinationStream {
  return { write: (line: string) => void lines.push(line) };
}
