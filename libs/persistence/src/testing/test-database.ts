import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../database/data-source-options';
import type { DatabaseSettings } from '../database/database-settings';
import { prepareDatabase } from '../database/prepare-database';
import { SERVER_URL_VARIABLE } from './postgres-global-setup';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test run's server, dropped again by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[SERVER_URL_VARIABLE];
  if (!serverUrl) throw new Error(`${SERVER_URL_VARIABLE} is not set: is the jest globalSetup configured?`);
  const name = `mpp_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database, migrated and seeded as a start does, with an open TypeORM connection. */
export async function openTestDataSource(): Promise<{ dataSource: DataSource; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const settings = testDatabaseSettings(database.url);
  await prepareDatabase(settings);
  const dataSource = await new DataSource(dataSourceOptions(settings)).initialize();
  return {
    dataSource,
    database,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export function testDatabaseSettings(url: string): DatabaseSettings {
  return {
    url,
    poolSize: 4,
    connectTimeoutMs: 5_000,
    statementTimeoutMs: 15_000,
    idleInTransactionTimeoutMs: 30_000,
    applicationName: 'mpp-test',
  };
}
