import { type RolloutStage, type StageChange } from '@mpp/domain';
import { CatalogueRepository, NationalDemoRepository, type RegionRecord, RegionsRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { deployFromTemplates } from './national-catalogue.command';
import { EXIT_ERRORS, EXIT_OK } from './validate.command';

const CONCURRENT_REGIONS = 3;
type DeployedStage = Exclude<RolloutStage, 'no_plan'>;
const ORDER: DeployedStage[] = ['planned', 'rintisan', 'operational', 'inaugurated'];
/** Busier stages see more visitors: a pilot opens a few counters, an inaugurated mall all of them. */
const VISITORS: Record<DeployedStage, number> = { planned: 0, rintisan: 0.4, operational: 1, inaugurated: 1.4 };

export interface NationalDemoOptions {
  /** Mean finished tickets per open day at an operational mall (real malls: 1,000–3,000). */
  ticketsPerDay: number;
  regions?: number;
  /** The last day of the year of tickets (default yesterday). */
  until?: string;
}

/**
 * `mpp national-demo`: every kabupaten/kota deployed from the national templates at a stage of
 * its own, with a dated history of stages over the past year, and a year of tickets for those
 * open to the public, counted into the roll-ups by the same trigger as the counters' moves.
 * Deterministic (the region code chooses its stage, dates and figures), and a region that already
 * has tickets keeps them, so a second run adds nothing.
 */
export function generateNationalDemo(options: NationalDemoOptions, config: AppConfig, out: (line: string) => void): Promise<number> {
  return withCliDatabase(
    config,
    async (database) => {
      const regions = (await database.get(RegionsRepository).listAll()).slice(0, options.regions);
      const until = options.until ?? new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
      const plans = new Map(regions.map((region) => [region.code, demoPlan(region, until)]));
      const deployed = await deployFromTemplates(
        database,
        config,
        regions,
        (text, region) => text.replace('rolloutStatus: planned', `rolloutStatus: ${plans.get(region.code)?.stage ?? 'planned'}`),
        out,
      );
      if (!deployed) return EXIT_ERRORS;
      out(`national demo: ${deployed.applied} region(s) deployed (${deployed.services} services), ${deployed.skipped} already deployed`);

      const demo = database.get(NationalDemoRepository);
      const started = Date.now();
      let tickets = 0;
      let done = 0;
      const queue = [...regions];
      const worker = async (): Promise<void> => {
        for (let region = queue.shift(); region; region = queue.shift()) {
          const plan = plans.get(region.code) as DemoPlan;
          await demo.replaceStageHistory(region.code, plan.history);
          if (plan.ticketsFrom && plan.ticketsFrom <= until && !(await demo.hasTickets(region.code))) {
            tickets += await demo.generateTickets({
              regionCode: region.code,
              from: plan.ticketsFrom,
              to: until,
              perDay: Math.max(1, Math.round(options.ticketsPerDay * VISITORS[plan.stage] * plan.size)),
              meanWaitMinutes: plan.meanWaitMinutes,
              seed: plan.seed,
            });
          }
          done += 1;
          if (done % 50 === 0) out(`${done} region(s) with their year, ${tickets} tickets, ${Math.round((Date.now() - started) / 1000)} s`);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENT_REGIONS }, worker));
      await demo.analyze();
      await database.get(CatalogueRepository).refreshStatistics();
      out(
        `national demo: ${regions.length} region(s), ${tickets} tickets written and rolled up, in ${Math.round((Date.now() - started) / 1000)} s`,
      );
      return EXIT_OK;
    },
    CONCURRENT_REGIONS + 2,
  );
}

interface DemoPlan {
  stage: DeployedStage;
  history: StageChange[];
  /** The first day of tickets: the day the pilot (rintisan) opened, if it did. */
  ticketsFrom?: string;
  size: number;
  meanWaitMinutes: number;
  seed: number;
}

/**
 * A region's place in the demo, from its code alone: about 20% planned, 25% rintisan, 35%
 * operational and 20% inaugurated, each stage reached some months after the one before,
 * within the year up to `until`.
 */
export function demoPlan(region: RegionRecord, until: string): DemoPlan {
  const draw = (salt: number) => (fnv(`${region.code}:${salt}`) % 10_000) / 10_000;
  const pick = draw(1);
  const stage: DeployedStage = pick < 0.2 ? 'planned' : pick < 0.45 ? 'rintisan' : pick < 0.8 ? 'operational' : 'inaugurated';
  const reached = ORDER.indexOf(stage);
  // Stages are reached in order; the latest no later than a fortnight ago, the first up to 13 months back.
  let day = addDays(until, -14 - Math.floor(draw(2) * 60));
  const dates: string[] = [day];
  for (let step = reached; step > 0; step--) {
    day = addDays(day, -30 - Math.floor(draw(2 + step) * 90));
    dates.unshift(day);
  }
  const history = dates.map((since, index) => ({ regionCode: region.code, stage: ORDER[index], since }));
  // A kota is denser than a kabupaten; a few malls are much busier than the rest.
  const size = (region.kind === 'kota' ? 1.3 : 0.8) * (0.5 + draw(9) * 1.2);
  return {
    stage,
    history,
    ticketsFrom: reached >= 1 ? history[1].since : undefined,
    size,
    meanWaitMinutes: 6 + Math.round(draw(10) * 30),
    seed: draw(11),
  };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function fnv(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
