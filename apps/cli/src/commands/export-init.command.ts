import { existsSync, writeFileSync } from 'node:fs';

import { exportDeployment, formatProblem, initialDeployment, loadTemplates } from '@mpp/deployment';
import { RegionCode } from '@mpp/domain';
import { DeploymentRollout, RegionsRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { EXIT_ERRORS, EXIT_OK } from './validate.command';

function emit(text: string, file: string | undefined, out: (line: string) => void): void {
  if (file) {
    writeFileSync(file, text);
    out(`wrote ${file}`);
  } else {
    process.stdout.write(text);
  }
}

/** `mpp export REGION [--out FILE]`: the live configuration back to YAML. */
export function exportRegion(code: string, file: string | undefined, config: AppConfig, out: (line: string) => void): Promise<number> {
  if (!RegionCode.isValid(code)) {
    out(`${code}: not a kabupaten/kota code such as 32.71`);
    return Promise.resolve(EXIT_ERRORS);
  }
  return withCliDatabase(config, async (database) => {
    const state = await database.get(DeploymentRollout).currentState(code);
    if (!state.region) {
      out(`${code}: nothing is deployed for this region`);
      return EXIT_ERRORS;
    }
    const { templates, problems } = loadTemplates(config.deploymentsDir);
    problems.forEach((problem) => out(formatProblem(problem)));
    if (problems.length > 0) return EXIT_ERRORS;
    emit(exportDeployment(state, new Date(), templates), file, out);
    return EXIT_OK;
  });
}

/** `mpp init REGION_CODE [--out FILE]`: a starting file from the national templates. */
export function initRegion(code: string, file: string | undefined, config: AppConfig, out: (line: string) => void): Promise<number> {
  if (!RegionCode.isValid(code)) {
    out(`${code}: not a kabupaten/kota code such as 32.71`);
    return Promise.resolve(EXIT_ERRORS);
  }
  if (file && existsSync(file)) {
    out(`${file} exists; choose another --out or remove it first`);
    return Promise.resolve(EXIT_ERRORS);
  }
  return withCliDatabase(config, async (database) => {
    const region = await database.get(RegionsRepository).findByCode(RegionCode.parse(code));
    if (!region) {
      out(`${code}: no kabupaten/kota has this code`);
      return EXIT_ERRORS;
    }
    const { templates, problems } = loadTemplates(config.deploymentsDir);
    problems.forEach((problem) => out(formatProblem(problem)));
    if (problems.length > 0) return EXIT_ERRORS;
    emit(initialDeployment(code, region.name, templates), file, out);
    return EXIT_OK;
  });
}
