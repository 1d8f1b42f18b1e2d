import { RegionCode } from '@mpp/domain';
import { NationalFiguresRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { EXIT_OK } from './validate.command';

/**
 * `mpp rollups rebuild [--region CODE]`: the daily roll-ups recomputed from the tickets, after a
 * restore, a correction by hand, or to check them (the trigger keeps them otherwise). Ticket
 * moves wait while it runs.
 */
export function rebuildRollups(options: { region?: string }, config: AppConfig, out: (line: string) => void): Promise<number> {
  const region = options.region === undefined ? undefined : RegionCode.parse(options.region, 'region').value;
  return withCliDatabase(config, async (database) => {
    const started = Date.now();
    const { serviceDays, regionMonths } = await database.get(NationalFiguresRepository).rebuild(region);
    out(
      `roll-ups rebuilt${region ? ` for ${region}` : ''}: ${serviceDays} service-day row(s), ${regionMonths} region-month row(s), in ${Date.now() - started} ms`,
    );
    return EXIT_OK;
  });
}
