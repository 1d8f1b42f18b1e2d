import { Client } from 'pg';

import { MIGRATIONS } from '../migrations';
import { createTestDatabase, type TestDatabase, testDatabaseSettings } from '../testing/test-database';
import { prepareDatabase } from './prepare-database';

const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);

const settings = testDatabaseSettings;

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('prepareDatabase', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('creates the schema and loads 38 provinces and 514 kabupaten/kota', async () => {
    const result = await prepareDatabase(settings(database.url));
    expect(result.appliedMigrations).toEqual(MIGRATION_NAMES);
    expect(MIGRATION_NAMES.slice(0, 5)).toEqual([
      'CreateRegions1764057600000',
      'CreateAccess1764144000000',
      'CreateDeployments1764230400000',
      'CreateQueue1764316800000',
      'CreateOssBusinesses1764403200000',
    ]);
    expect(result.regions).toEqual({ provinces: 38, regencies: 514, changed: 552 });
    const [counts] = await rows<{ provinces: number; kabupaten: number; kota: number }>(
      database.url,
      `SELECT (SELECT count(*)::int FROM province) AS provinces,
              (SELECT count(*)::int FROM regency WHERE kind = 'kabupaten') AS kabupaten,
              (SELECT count(*)::int FROM regency WHERE kind = 'kota') AS kota`,
    );
    expect(counts).toEqual({ provinces: 38, kabupaten: 416, kota: 98 });
  });

  it('changes nothing when run again', async () => {
    await prepareDatabase(settings(database.url));
    const again = await prepareDatabase(settings(database.url));
    expect(again).toEqual({ appliedMigrations: [], regions: { provinces: 38, regencies: 514, changed: 0 } });
  });

  it('puts back a reference row that was edited by hand', async () => {
    await prepareDatabase(settings(database.url));
    await rows(database.url, `UPDATE regency SET name = 'Kota Bogor Lama' WHERE code = '32.71'`);
    const again = await prepareDatabase(settings(database.url));
    expect(again.regions.changed).toBe(1);
    expect(await rows(database.url, `SELECT name FROM regency WHERE code = '32.71'`)).toEqual([{ name: 'Kota Bogor' }]);
  });

  it('lets several instances start at once: one migrates, the others wait and find nothing to do', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => prepareDatabase(settings(database.url))));
    expect(results.flatMap((result) => result.appliedMigrations)).toEqual(MIGRATION_NAMES);
    expect(results.map((result) => result.regions.changed).sort((a, b) => a - b)).toEqual([0, 0, 0, 552]);
  });

  it('refuses a region row that breaks the code rules', async () => {
    await prepareDatabase(settings(database.url));
    await expect(
      rows(database.url, `INSERT INTO regency (code, province_code, name, kind) VALUES ('32.7', '32', 'X', 'kota')`),
    ).rejects.toThrow(/check constraint/);
    await expect(
      rows(database.url, `INSERT INTO regency (code, province_code, name, kind) VALUES ('33.99', '32', 'X', 'kota')`),
    ).rejects.toThrow(/check constraint/);
  });
});
