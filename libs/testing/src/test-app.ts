import { prepareDatabase } from '@mpp/persistence';
import { type AppDefinition, createHttpApp, databaseSettings, loadConfig, type RuntimeContext } from '@mpp/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, type TestDatabase } from '@mpp/persistence';

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
export async function startTestApp(definition: AppDefinition, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env, DATABASE_URL: database.url });
  const context: RuntimeContext = { config, databaseUrl: database.url, appName: definition.appName };
  await prepareDatabase(databaseSettings(context));
  const app = await createHttpApp(definition.rootModule(context), context, definition);
  return {
    app,
    server: app.getHttpServer(),
    database,
    context,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
