import { type AgencyTemplate, formatProblem, initialDeployment, loadTemplates } from '@mpp/deployment';
import { approximateRegionLocation } from '@mpp/domain';
import { createAdapterRegistry } from '@mpp/integrations';
import { CatalogueRepository, type Database, DeploymentRollout, type RegionRecord, RegionsRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { EXIT_ERRORS, EXIT_OK } from './validate.command';

const CONCURRENT_REGIONS = 4;
const PLACEHOLDER_ADDRESS = 'Katalog nasional untuk uji beban (bukan alamat sebenarnya)';

/**
 * What a service variant adds to its template's name, in turn: the kinds of a service an MPP
 * lists on their own (an extension, a change of data, a replacement …).
 */
const VARIANTS = ['Perpanjangan', 'Perubahan Data', 'Penggantian', 'Legalisasi', 'Pencabutan', 'Layanan Daring'];

/**
 * `mpp national-catalogue [--regions N] [--services-per-region N]`: every kabupaten/kota deployed
 * from the national templates, as `mpp init` writes them (every template agency, every service),
 * with a placeholder address and the region's approximate location. It exists to measure the
 * platform at national scale; regions already deployed stay as they are, so it never overwrites a
 * real deployment. The templates hold 53 services; `--services-per-region` tops each region up
 * with variants of them (see `withServiceVariants`) to load a larger catalogue than they give.
 */
export function deployNationalCatalogue(
  options: { regions?: number; servicesPerRegion?: number },
  config: AppConfig,
  out: (line: string) => void,
): Promise<number> {
  return withCliDatabase(
    config,
    async (database) => {
      const regions = (await database.get(RegionsRepository).listAll()).slice(0, options.regions);
      const { templates } = loadTemplates(config.deploymentsDir);
      const adjust = (text: string): string => withServiceVariants(text, templates, options.servicesPerRegion ?? 0);
      const result = await deployFromTemplates(database, config, regions, adjust, out);
      if (!result) return EXIT_ERRORS;
      await database.get(CatalogueRepository).refreshStatistics();
      out(
        `national catalogue: ${result.applied} region(s) deployed now (${result.services} services), ${result.skipped} already deployed, in ${result.seconds} s`,
      );
      return EXIT_OK;
    },
    CONCURRENT_REGIONS + 1,
  );
}

/**
 * Deploys each region not yet deployed from the national templates, through the same validate and
 * apply as `mpp apply`; `adjust` may change the generated file (a demo's rollout stage). Returns
 * undefined when a file does not validate (its problems printed).
 */
export async function deployFromTemplates(
  database: Database,
  config: AppConfig,
  regions: RegionRecord[],
  adjust: (text: string, region: RegionRecord) => string,
  out: (line: string) => void,
): Promise<{ applied: number; services: number; skipped: number; seconds: number } | undefined> {
  const { templates, problems } = loadTemplates(config.deploymentsDir);
  problems.forEach((problem) => out(formatProblem(problem)));
  if (problems.length > 0) return undefined;
  const rollout = database.get(DeploymentRollout);
  const deployed = new Set(await database.get(CatalogueRepository).deployedRegionCodes());
  const rules = { templates, adapters: createAdapterRegistry().systems() };
  const started = Date.now();
  const pending = regions.filter((region) => !deployed.has(region.code));
  let applied = 0;
  let services = 0;
  let failed = false;
  const deployOne = async (region: RegionRecord): Promise<void> => {
    const { lat, lon } = approximateRegionLocation(region.code);
    const text = adjust(
      initialDeployment(region.code, region.name, templates)
        .replace('coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }', `coordinates: { lat: ${lat}, lon: ${lon} }`)
        .replace('FILL IN the street address of the MPP', PLACEHOLDER_ADDRESS),
      region,
    );
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
  if (failed) return undefined;
  return { applied, services, skipped: regions.length - pending.length, seconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * A region's generated file with services added after the templates' own until the region offers
 * `servicesPerRegion`: the templates' services in turn, each again under its own code, name (the
 * template's plus a variant, e.g. "Penerbitan Paspor Biasa 48 Halaman (Perpanjangan)") and ticket prefix.
 * Real MPPs list such variants as services of their own; the national templates do not.
 */
export function withServiceVariants(text: string, templates: ReadonlyMap<string, AgencyTemplate>, servicesPerRegion: number): string {
  const services = [...templates.values()].flatMap((template) => template.services.map((service) => ({ template, service })));
  const missing = Math.min(servicesPerRegion - services.length, services.length * VARIANTS.length);
  if (missing <= 0) return text;
  const used = new Set(services.map(({ service }) => service.queue.prefix));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const prefixes = [...letters].flatMap((first) => [...letters].map((second) => first + second)).filter((prefix) => !used.has(prefix));
  const added = new Map<string, string[]>();
  for (let n = 0; n < missing; n += 1) {
    const { template, service } = services[n % services.length];
    const variant = Math.floor(n / services.length);
    const entry = {
      template: `${template.code}/${service.code}`,
      code: `${service.code}-v${variant + 2}`,
      name: `${service.name} (${VARIANTS[variant]})`,
      queue: { prefix: prefixes[n] },
    };
    const key = `      - template: ${entry.template}`;
    added.set(key, [...(added.get(key) ?? []), `      - ${JSON.stringify(entry)}`]);
  }
  return text
    .split('\n')
    .flatMap((line) => [line, ...(added.get(line) ?? [])])
    .join('\n');
}
