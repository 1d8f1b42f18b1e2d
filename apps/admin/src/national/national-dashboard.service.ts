import { Injectable } from '@nestjs/common';

import { DEFAULT_FEEDBACK_SETTINGS } from '@mpp/deployment';
import {
  addRollup,
  approximateRegionLocation,
  emptyRollup,
  type IkmWeightMode,
  InvalidValueError,
  lastDayOf,
  mergeElementTallies,
  monthsBetween,
  progressByMonth,
  ROLLOUT_STAGES,
  type RolloutStage,
  rollupFigures,
  type RollupTotals,
  satisfactionIndex,
  type StageChange,
} from '@mpp/domain';
import { NationalFiguresRepository, type RegionRecord, RegionsRepository, SurveyRepository } from '@mpp/persistence';
import { ShortLivedCache } from '@mpp/platform';

import type {
  NationalPeriodQuery,
  NationalProgressDto,
  NationalRegionDto,
  NationalRegionsDto,
  NationalRegionsQuery,
  NationalSitesDto,
  PeriodDto,
  StageCountsDto,
} from './national-dashboard.dto';

const MAX_MONTHS = 120;
/** How old a dashboard figure may be (ADR 0065): the roll-ups themselves are current to the last finished ticket. */
const FRESH_FOR_MS = 30_000;

/**
 * The ministry's picture of the rollout: every kabupaten/kota with its stage, what it has
 * deployed and its figures for a period, read from the roll-ups (never from tickets) with one
 * query per table for all regions, then put together here.
 */
@Injectable()
export class NationalDashboardService {
  private regions?: Promise<RegionRecord[]>;
  private readonly cache = new ShortLivedCache(FRESH_FOR_MS);

  constructor(
    private readonly figures: NationalFiguresRepository,
    private readonly regionsRepository: RegionsRepository,
    private readonly surveys: SurveyRepository,
  ) {}

  /** The table for a period and filters; the same answer for every viewer asking within FRESH_FOR_MS. */
  regionsFor(query: NationalRegionsQuery): Promise<NationalRegionsDto> {
    const period = periodOf(query);
    return this.cache.get(`regions ${period.from} ${period.to} ${query.province ?? ''} ${query.stage ?? ''}`, () =>
      this.buildRegions(period, query),
    );
  }

  private async buildRegions(period: PeriodDto, query: NationalRegionsQuery): Promise<NationalRegionsDto> {
    const from = `${period.from}-01`;
    const to = lastDayOf(period.to);
    const [regions, deployments, changes, months, complaints, surveys] = await Promise.all([
      this.allRegions(),
      this.deployments(),
      this.stageChanges(),
      this.cache.get(`months ${from} ${to}`, () => this.figures.regionMonths(from, `${period.to}-01`)),
      this.cache.get(`complaints ${from} ${to}`, () => this.figures.complaintsByRegion(from, to)),
      this.cache.get(`surveys ${from} ${to}`, () => this.surveys.talliesByRegion(from, to)),
    ]);
    const deployed = new Map(deployments.map((row) => [row.regionCode, row]));
    const rollups = new Map<string, RollupTotals>();
    for (const row of months) rollups.set(row.regionCode, addRollup(rollups.get(row.regionCode) ?? emptyRollup(), row));
    const complaintCounts = new Map(complaints.map((row) => [row.regionCode, row.complaints]));
    const tallies = new Map(surveys.map((row) => [row.regionCode, row]));
    const sinceOf = sinceByRegion(changes);

    const listed: NationalRegionDto[] = [];
    const totals = emptyRollup();
    for (const region of regions) {
      const deployment = deployed.get(region.code);
      const stage: RolloutStage = deployment?.stage ?? 'no_plan';
      if (query.province && region.province.code !== query.province) continue;
      if (query.stage && stage !== query.stage) continue;
      const rollup = rollups.get(region.code) ?? emptyRollup();
      addRollup(totals, rollup);
      const survey = tallies.get(region.code);
      const mode = (deployment?.weightMode ?? DEFAULT_FEEDBACK_SETTINGS.survey.weight) as IkmWeightMode;
      const index = survey ? satisfactionIndex(survey.tallies, mode) : undefined;
      listed.push({
        code: region.code,
        name: region.name,
        provinceCode: region.province.code,
        provinceName: region.province.name,
        stage,
        stageSince: stage === 'no_plan' ? null : (sinceOf.get(`${region.code} ${stage}`) ?? null),
        sites: deployment?.sites ?? 0,
        agencies: deployment?.agencies ?? 0,
        services: deployment?.services ?? 0,
        figures: {
          ...rollupFigures(rollup),
          ikm: index?.ikm ?? null,
          ikmGrade: index?.grade ?? null,
          respondents: survey?.respondents ?? 0,
          complaints: complaintCounts.get(region.code) ?? 0,
        },
      });
    }
    const codes = new Set(listed.map((region) => region.code));
    const listedSurveys = surveys.filter((row) => codes.has(row.regionCode));
    const nation = satisfactionIndex(
      mergeElementTallies(...listedSurveys.map((row) => row.tallies)),
      DEFAULT_FEEDBACK_SETTINGS.survey.weight,
    );
    return {
      period,
      stages: stageCounts(listed.map((region) => region.stage)),
      totals: {
        ...rollupFigures(totals),
        ikm: nation.ikm,
        ikmGrade: nation.grade,
        respondents: listedSurveys.reduce((sum, row) => sum + row.respondents, 0),
        complaints: listed.reduce((sum, region) => sum + region.figures.complaints, 0),
      },
      regions: listed,
    };
  }

  async progress(query: NationalPeriodQuery): Promise<NationalProgressDto> {
    const period = periodOf(query);
    const [regions, changes] = await Promise.all([this.allRegions(), this.stageChanges()]);
    return {
      period,
      months: progressByMonth(
        regions.map((region) => region.code),
        changes,
        period.from,
        period.to,
      ),
    };
  }

  async sites(): Promise<NationalSitesDto> {
    const [sites, deployments] = await Promise.all([this.cache.get('sites', () => this.figures.sites()), this.deployments()]);
    const stages = new Map(deployments.map((row) => [row.regionCode, row.stage]));
    return {
      sites: sites.map((site) => {
        const approximate = site.lat === null || site.lon === null;
        const point = approximate ? approximateRegionLocation(site.regionCode) : { lat: site.lat as number, lon: site.lon as number };
        return { ...site, ...point, stage: stages.get(site.regionCode) ?? 'planned', approximate };
      }),
    };
  }

  private deployments() {
    return this.cache.get('deployments', () => this.figures.deployments());
  }

  private stageChanges() {
    return this.cache.get('stage changes', () => this.figures.stageChanges());
  }

  /** The 514 kabupaten/kota are reference data: read once per process. */
  private allRegions(): Promise<RegionRecord[]> {
    this.regions ??= this.regionsRepository.listAll().catch((error: unknown) => {
      this.regions = undefined;
      throw error;
    });
    return this.regions;
  }
}

/** The period asked for, in whole months; by default the twelve months up to this one (WIB). */
export function periodOf(query: NationalPeriodQuery, now = new Date()): PeriodDto {
  const to = query.to ?? new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
  const from = query.from ?? monthsBack(to, 11);
  if (from > to) throw new InvalidValueError('PERIOD_INVALID', 'from must not be after to', 'from');
  if (monthsBetween(from, to).length > MAX_MONTHS) {
    throw new InvalidValueError('PERIOD_INVALID', `a period spans at most ${MAX_MONTHS} months`, 'from');
  }
  return { from, to };
}

function monthsBack(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function stageCounts(stages: RolloutStage[]): StageCountsDto {
  const counts = Object.fromEntries(ROLLOUT_STAGES.map((stage) => [stage, 0])) as Record<RolloutStage, number>;
  for (const stage of stages) counts[stage] += 1;
  return counts;
}

/** When each region reached each stage (its latest change to it). */
function sinceByRegion(changes: readonly StageChange[]): Map<string, string> {
  const since = new Map<string, string>();
  for (const change of changes) {
    const key = `${change.regionCode} ${change.stage}`;
    const seen = since.get(key);
    if (!seen || change.since > seen) since.set(key, change.since);
  }
  return since;
}
