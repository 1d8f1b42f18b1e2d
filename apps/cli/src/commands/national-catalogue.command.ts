import { formatProblem, initialDeployment, loadTemplates } from '@mpp/deployment';
import { createAdapterRegistry } from '@mpp/integrations';
import { CatalogueRepository, DeploymentRollout, RegionsRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { EXIT_ERRORS, EXIT_OK } from './validate.command';

/** Where a generated mall says it is: the reference data has no coordinates, and no citizen ever sees these. */
const PLACEHOLDER_COORDINATES = 'coordinates: { lat: -2.5, lon: 118.0 }';
const CONCURRENT_REGIONS = 4;
const PLACEHOLDER_ADDRESS = 'Katalog nasional untuk uji beban (bukan alamat sebenarnya)';

/**
 * `mpp national-catalogue [--regions N]`: every kabupaten/kota deployed from the national
 * templates, as `mpp init` writes them (every template agency, every service), with a placeholder
 * address and location. It exists to measure the platform at national scale; regions already
 * deployed stay as they are, so it never overwrites a real deployment.
 */
export function deployNationalCatalogue(options: { regions?: number }, config: AppConfig, out: (line: string) => void): Promise<number> {
  return withCliDatabase(
    config,
    async (database) => {
      const { templates, problems } = loadTemplates(config.deploymentsDir);
      problems.forEach((problem) => out(formatProblem(problem)));
      if (problems.length > 0) return EXIT_ERRORS;
      const catalogue = database.get(CatalogueRepository);
      const rollout = database.get(DeploymentRollout);
      const regions = (await database.get(RegionsRepository).listAll()).slice(0, options.regions);
      const deployed = new Set(await catalogue.deployedRegionCodes());
      const rules = { templates, adapters: createAdapterRegistry().systems() };
      const started = Date.now();
      const pending = regions.filter((region) => !deployed.has(region.code));
      let applied = 0;
      let services = 0;
      let failed = false;
      const deployOne = async (region: (typeof regions)[number]): Promise<void> => {
        const text = initialDeployment(region.code, region.name, templates)
          .replace('coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }', PLACEHOLDER_COORDINATES)
          .replace('FILL IN the street address of the MPP', PLACEHOLDER_ADDRESS);
        const result = await rollout.validate({ file: `${region.code}.yaml`, text }, rules);
        if (!result.value) {
          result.problems.forEach((problem) => out(formatProblem(problem)));
          failed = true;
          return;
        }
        await rollout.apply(result.value, { actor: { actorType: 'system', actorId: 'cli' }, sourceFile: 'national-catalogue' });
        applied += 1;
        services += result.value.agencies.reduce((sum, agency) => sum + agency.services.length, 0);
        // A line per fifty regions keeps a run of minutes visibly alive.
        if (applied % 50 === 0) out(`${applied} region(s) deployed, ${services} services, ${Math.round((Date.now() - started) / 1000)} s`);
      };
      // Regions are independent (each in its own transaction under its own lock): a few at once
      // keep the database busy while one waits for its commit.
      const queue = [...pending];
      const worker = async (): Promise<void> => {
        for (let region = queue.shift(); region && !failed; region = queue.shift()) await deployOne(region);
      };
      await Promise.all(Array.from({ length: CONCURRENT_REGIONS }, worker));
      if (failed) return EXIT_ERRORS;
      await catalogue.refreshStatistics();
      out(
        `national catalogue: ${applied} region(s) deployed now (${services} services), ${regions.length - pending.length} already deployed, in ${Math.round((Date.now() - started) / 1000)} s`,
      );
      return EXIT_OK;
    },
    CONCURRENT_REGIONS + 1,
  );
}
