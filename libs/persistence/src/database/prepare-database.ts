import { DataSource } from 'typeorm';

import { syncRegionReferenceData, type SyncResult } from '../regions/region-reference-data';
import { dataSourceOptions } from './data-source-options';
import type { DatabaseSettings } from './database-settings';

export interface PrepareResult {
  appliedMigrations: string[];
  regions: SyncResult;
}

/** Any fixed number will do, as long as every process uses the same one. */
const MIGRATION_LOCK_KEY = 7_274_061;

/**
 * Runs pending migrations and loads reference data. Several instances may start at once
 * (both apps, or a scaled deployment): a session-level advisory lock lets one of them do the
 * work while the others wait, then find nothing left to do.
 */
export async function prepareDatabase(settings: DatabaseSettings): Promise<PrepareResult> {
  // No statement or answer timeout for migrations: a rewrite of a national-scale table (77,000
  // services) outlasts the limits that keep requests from waiting forever.
  const dataSource = new DataSource(dataSourceOptions({ ...settings, poolSize: 2, statementTimeoutMs: 0, queryTimeoutMs: undefined }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    // Waiting for another instance's migrations must not trip the statement timeout.
    await lock.query('SET statement_timeout = 0');
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      const work = dataSource.createQueryRunner();
      try {
        await work.startTransaction();
        const regions = await syncRegionReferenceData(work);
        await work.commitTransaction();
        return { appliedMigrations: applied.map((migration) => migration.name), regions };
      } catch (error) {
        if (work.isTransactionActive) await work.rollbackTransaction();
        throw error;
      } finally {
        await work.release();
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
