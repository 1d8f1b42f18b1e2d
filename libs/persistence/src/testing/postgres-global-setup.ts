import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// Relative imports only: Jest loads globalSetup with plain Node resolution, without path aliases.
import { type EmbeddedPostgres, openEmbeddedPostgres } from '../embedded/embedded-postgres';

/**
 * Jest globalSetup: one PostgreSQL server per test run. With TEST_DATABASE_URL set, that
 * server; otherwise an ephemeral embedded one. Each spec file then makes its own database
 * on it (`createTestDatabase`), so spec files run in parallel without seeing each other.
 */
export const SERVER_URL_VARIABLE = 'MPP_TEST_SERVER_URL';

const holder = globalThis as typeof globalThis & { mppTestPostgres?: EmbeddedPostgres };

export async function startTestPostgres(): Promise<void> {
  const external = process.env['TEST_DATABASE_URL'];
  if (external) {
    process.env[SERVER_URL_VARIABLE] = external;
    return;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mpp-test-pg-'));
  const server = await openEmbeddedPostgres({ dataDir, whenRunning: 'fail', ephemeral: true, database: 'mpp_template' });
  holder.mppTestPostgres = server;
  process.env[SERVER_URL_VARIABLE] = server.url;
}

export async function stopTestPostgres(): Promise<void> {
  await holder.mppTestPostgres?.stop();
}
