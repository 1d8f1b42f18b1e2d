import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parse, stringify } from 'yaml';

import { type AgencyTemplate, loadTemplates, type RegionDeployment, validateDeployment } from '@mpp/deployment';
import { applyDeployment } from '@mpp/persistence';

export const DEPLOYMENTS_DIR = path.resolve(__dirname, '../../../deployments');

export function nationalTemplates(): Map<string, AgencyTemplate> {
  const { templates, problems } = loadTemplates(DEPLOYMENTS_DIR);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return templates;
}

export interface SampleOptions {
  /**
   * Opens every site all day, every day (no breaks, cut-offs or local holidays), so queue
   * tests do not depend on the hour they run at. Closing is then tested with calendar overrides.
   */
  alwaysOpen?: boolean;
}

/** Applies sample deployment files (names under deployments/) to a running test app's database. */
export async function applySampleDeployments(
  app: INestApplication,
  files: string[],
  options: SampleOptions = {},
): Promise<RegionDeployment[]> {
  const templates = nationalTemplates();
  const applied: RegionDeployment[] = [];
  for (const file of files) {
    const original = readFileSync(path.join(DEPLOYMENTS_DIR, file), 'utf8');
    const text = options.alwaysOpen ? openAllDay(original) : original;
    const result = await validateDeployment({ file, text }, { templates, regionExists: () => true });
    if (!result.value) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
    await applyDeployment(app.get(DataSource), result.value, { actor: { actorType: 'system', actorId: 'test' } });
    applied.push(result.value);
  }
  return applied;
}

function openAllDay(text: string): string {
  const document = parse(text) as { sites: Record<string, unknown>[]; agencies: { services: Record<string, unknown>[] }[] };
  const allDay = [{ from: '00:00', to: '24:00' }];
  for (const site of document.sites) {
    site['hours'] = Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, allDay]));
    site['breaks'] = [];
    site['ticketCutoff'] = {};
    site['holidays'] = [];
  }
  for (const agency of document.agencies) for (const service of agency.services) delete service['hours'];
  return stringify(document);
}
