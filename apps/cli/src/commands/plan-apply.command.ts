import path from 'node:path';

import {
  type AgencyTemplate,
  type Change,
  type DeploymentPlan,
  formatProblem,
  loadNationalCalendar,
  readSource,
  summarize,
  type TemplateDrift,
  validateAgencyTemplate,
} from '@mpp/deployment';
import { DeploymentRollout, NationalCalendarRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { EXIT_CHANGES, EXIT_ERRORS, EXIT_OK, loadDeployments } from './validate.command';

const SYMBOL: Record<Change['action'], string> = { create: '+', update: '~', reactivate: '↺', deactivate: '-' };

function printPlan(plan: DeploymentPlan, out: (line: string) => void): void {
  for (const change of plan.changes) {
    out(`  ${SYMBOL[change.action]} ${change.action} ${change.kind} ${change.key}${change.fields ? ` (${change.fields.join(', ')})` : ''}`);
  }
  const counts = summarize(plan);
  out(
    plan.changes.length === 0
      ? `${plan.regionCode}: no change`
      : `${plan.regionCode}: ${counts.create} to create, ${counts.update} to update, ${counts.reactivate} to reactivate, ${counts.deactivate} to deactivate`,
  );
}

/** A file whose `kind` is AgencyTemplate: read cheaply, the full check comes after. */
function isTemplateFile(file: string): boolean {
  return /^kind:\s*AgencyTemplate\s*$/m.test(readSource(file).text);
}

function printDrift(drift: TemplateDrift, out: (line: string) => void): void {
  for (const region of drift.regions) {
    for (const service of region.services) {
      const head = `  ${region.regionCode} ${service.key} (${service.template} v${service.fromVersion} → v${drift.toVersion})`;
      if (service.action === 'removed')
        out(`${head}: the template no longer has this service; the region's file must write it whole or drop it`);
      else if (service.action === 'problem') out(`${head}: the region's overrides no longer fit: ${service.problem}`);
      else
        for (const change of service.changes ?? [])
          out(`${head} ~ ${change.path}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`);
    }
  }
  const services = drift.regions.reduce((sum, region) => sum + region.services.length, 0);
  out(
    `template ${drift.template} v${drift.toVersion}: ${drift.regions.length} region(s), ${services} service(s) would change; ${drift.unchanged} linked service(s) unchanged`,
  );
}

/**
 * `mpp plan FILE...`: what apply would do. A national template among the files gets the drift
 * report: every region its version would change, and how. Exit 0: nothing would change; 2:
 * something would; 1: errors.
 */
export function plan(files: string[], config: AppConfig, out: (line: string) => void): Promise<number> {
  const templateFiles = files.filter(isTemplateFile);
  const regionFiles = files.filter((file) => !isTemplateFile(file));
  return withCliDatabase(config, async (database) => {
    const rollout = database.get(DeploymentRollout);
    const { deployments, failed } = await loadDeployments(regionFiles, config.deploymentsDir, database, out);
    const templates = templateFiles.map((file) => ({ file, result: validateAgencyTemplate(readSource(file)) }));
    templates.forEach(({ result }) => result.problems.forEach((problem) => out(formatProblem(problem))));
    if (failed || templates.some(({ result }) => !result.value)) return EXIT_ERRORS;
    let changes = false;
    for (const { result } of templates) {
      const drift = await rollout.planTemplate(result.value as AgencyTemplate);
      printDrift(drift, out);
      changes ||= drift.regions.length > 0;
    }
    for (const deployment of deployments) {
      const result = await rollout.plan(deployment);
      printPlan(result, out);
      changes ||= result.changes.length > 0;
    }
    return changes ? EXIT_CHANGES : EXIT_OK;
  });
}

/**
 * `mpp apply FILE...`: each region in one transaction. All files are checked first, so one
 * broken file applies nothing. With `ifAbsent`, regions already deployed are left alone.
 */
export function apply(files: string[], options: { ifAbsent?: boolean }, config: AppConfig, out: (line: string) => void): Promise<number> {
  return withCliDatabase(config, async (database) => {
    const rollout = database.get(DeploymentRollout);
    const { deployments, files: sources, failed } = await loadDeployments(files, config.deploymentsDir, database, out);
    const national = loadNationalCalendar(config.deploymentsDir);
    national.problems.forEach((problem) => out(formatProblem(problem)));
    if (failed || !national.calendar) return EXIT_ERRORS;
    const holidaysChanged = await database.get(NationalCalendarRepository).replace(national.calendar, 'cli');
    out(`national calendar: ${holidaysChanged === 0 ? 'no change' : `${holidaysChanged} day(s) changed`}`);
    for (const [index, deployment] of deployments.entries()) {
      const region = deployment.region.code;
      if (options.ifAbsent && (await rollout.isDeployed(region))) {
        out(`${region}: already deployed, left as it is`);
        continue;
      }
      let reported = 0;
      const result = await rollout.apply(deployment, {
        actor: { actorType: 'system', actorId: 'cli' },
        sourceFile: path.basename(sources[index]),
        onProgress: (done, total) => {
          // A line per tenth keeps long runs visibly alive without flooding the terminal.
          if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
            reported = done;
            out(`${region}: ${done}/${total} changes written`);
          }
        },
      });
      printPlan(result, out);
    }
    return EXIT_OK;
  });
}
