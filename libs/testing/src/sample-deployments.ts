import { type AgencyTemplate, loadTemplates, type RegionDeployment, validateDeployment } from '@mpp/deployment';
import { applyDeployment } from '@mpp/persistence';
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';

export const DEPLOYMENTS_DIR = path.resolve(__dirname, '../../../deployments');

export function nationalTemplates(): Map<string, AgencyTemplate> {
  const { templates, problems } = loadTemplates(DEPLOYMENTS_DIR);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return templates;
}

/** Applies sample deployment files (names under deployments/) to a running test app's database. */
export async function applySampleDeployments(app: INestApplication, files: string[]): Promise<RegionDeployment[]> {
  const templates = nationalTemplates();
  const applied: RegionDeployment[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(DEPLOYMENTS_DIR, file), 'utf8');
    const result = await validateDeployment({ file, text }, { templates, regionExists: () => true });
    if (!result.value) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
    await applyDeployment(app.get(DataSource), result.value, { actor: { actorType: 'system', actorId: 'test' } });
    applied.push(result.value);
  }
  return applied;
}
