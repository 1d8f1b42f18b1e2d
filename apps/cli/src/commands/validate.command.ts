import { formatProblem, loadTemplates, readSource, type RegionDeployment } from '@mpp/deployment';
import { createAdapterRegistry } from '@mpp/integrations';
import { type Database, DeploymentRollout } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { warnOfCalendarGap } from './calendar-gap';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_CHANGES = 2;

/** Reads and checks deployment files; prints every problem; returns the valid deployments. */
export async function loadDeployments(
  files: string[],
  deploymentsDir: string,
  database: Database,
  out: (line: string) => void,
): Promise<{ deployments: RegionDeployment[]; files: string[]; failed: boolean }> {
  const { templates, problems: templateProblems } = loadTemplates(deploymentsDir);
  templateProblems.forEach((problem) => out(formatProblem(problem)));
  const rollout = database.get(DeploymentRollout);
  const rules = { templates, adapters: createAdapterRegistry().systems() };
  const deployments: RegionDeployment[] = [];
  const valid: string[] = [];
  let failed = templateProblems.length > 0;
  for (const file of files) {
    let result: Awaited<ReturnType<DeploymentRollout['validate']>>;
    try {
      result = await rollout.validate(readSource(file), rules);
    } catch (error) {
      // One file that cannot be read or checked never stops the check of the others.
      out(`${file} FILE_UNREADABLE ${(error as Error).message}`);
      failed = true;
      continue;
    }
    result.problems.forEach((problem) => out(formatProblem(problem)));
    if (result.value) {
      deployments.push(result.value);
      valid.push(file);
    } else out(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    failed ||= !result.value;
  }
  return { deployments, files: valid, failed };
}

/** `mpp validate FILE...`: every problem of every file, with its line; exit 1 if any. */
export function validate(files: string[], config: AppConfig, out: (line: string) => void): Promise<number> {
  return withCliDatabase(config, async (database) => {
    const { deployments, failed } = await loadDeployments(files, config.deploymentsDir, database, out);
    for (const deployment of deployments) {
      const services = deployment.agencies.reduce((sum, agency) => sum + agency.services.length, 0);
      out(
        `${deployment.region.code}: valid (${deployment.sites.length} site(s), ${deployment.agencies.length} agencies, ${services} services)`,
      );
    }
    // A warning, not a problem: the files are fine, the calendar they will run on is not.
    await warnOfCalendarGap(database, out);
    return failed ? EXIT_ERRORS : EXIT_OK;
  });
}
