import { prepareDatabase } from '@mpp/persistence';
import { type AppConfig, databaseSettings } from '@mpp/platform';

import { openCliDatabase } from '../database-connection';

export async function dbMigrate(config: AppConfig, out: (line: string) => void): Promise<void> {
  const database = await openCliDatabase(config);
  try {
    out(`Database: ${database.description}`);
    const result = await prepareDatabase(databaseSettings(database.context));
    out(
      result.appliedMigrations.length === 0
        ? 'Schema: up to date, no migration to apply'
        : `Schema: applied ${result.appliedMigrations.join(', ')}`,
    );
    out(
      `Regions: ${result.regions.provinces} provinces, ${result.regions.regencies} kabupaten/kota, ${result.regions.changed} rows changed`,
    );
  } finally {
    await database.close();
  }
}
