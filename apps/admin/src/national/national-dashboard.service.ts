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
import {
  NationalFiguresRepository,
  type RegionDeploymentCounts,
  type RegionRecord,
  RegionsRepository,
  type RegionTallies,
  SurveyRepository,
} from '@mpp/persistence';
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
import { nationalCsv, nationalXlsx } from './national-export';

const MAX_MONTHS = 120;
/** How old a dashboard figure may be (ADR 0065): the roll-ups themselves are current to the last finished ticket. */
const FRESH_FOR_MS = 30_000;
/**
 * Past FRESH_FOR_MS a snapshot still answers, for at most this long, while its successor is read
 * in the background (ADR 0078): no request waits for the reads but the first of a period.
 */
const STALE_FOR_MS = 5 * 60_000;

/** What the table needs from the deployments and the stage history, whatever the period. */
interface Deployments {
  byRegion: Map<string, RegionDeploymentCounts>;
  /** `${region} ${stage}` → when the region (last) reached that stage. */
  since: Map<string, string>;
  changes: StageChange[];
}

/** A period's figures for every region, summed over its months once. */
interface PeriodFigures {
  rollups: Map<string, RollupTotals>;
  complaints: Map<string, number>;
  surveys: Map<string, RegionTallies>;
}

/**
 * The ministry's picture of the rollout: every kabupaten/kota with its stage, what it has
 * deployed and its figures for a period, read from the roll-ups (never from tickets) with one
 * query per table for all regions, then put together here.
 *
 * Reads are snapshots shared by every viewer (ShortLivedCache, refreshed in the background), and
 * what is put together from them (a filtered table, its CSV or XLSX, the progress, the map) is
 * kept for as long as those very snapshots answer, so a request that repeats one only looks it up.
 */
@Injectable()
export class NationalDashboardService {
  private regions?: Promise<RegionRecord[]>;
  private readonly cache = new ShortLivedCache(FRESH_FOR_MS, 200, STALE_FOR_MS);
  private readonly derived = new Derived();

  constructor(
    private readonly figures: NationalFiguresRepository,
    private readonly regionsRepository: RegionsRepository,
    private readonly surveys: SurveyRepository,
  ) {}

  /** The table for a period and filters; the same answer for every viewer until its snapshots are refreshed. */
  async regionsFor(query: NationalRegionsQuery): Promise<NationalRegionsDto> {
    const period = periodOf(query);
    const [regions, deployments, figures] = await Promise.all([this.allRegions(), this.deployments(), this.periodFigures(period)]);
    return this.derived.get([regions, deployments, figures], `regions ${query.province ?? ''} ${query.stage ?? ''}`, () =>
      assembleTable(period, query, regions, deployments, figures),
    );
  }

  /** The table as a file, made once per table (so once per snapshot and filters), not once per download. */
  async exportFor(query: NationalRegionsQuery, format: 'csv' | 'xlsx'): Promise<{ report: NationalRegionsDto; body: Buffer }> {
    const report = await this.regionsFor(query);
    const body = await this.derived.get([report], format, () =>
      format === 'csv' ? Promise.resolve(Buffer.from(nationalCsv(report))) : nationalXlsx(report),
    );
    return { report, body };
  }

  async progress(query: NationalPeriodQuery): Promise<NationalProgressDto> {
    const period = periodOf(query);
    const [regions, deployments] = await Promise.all([this.allRegions(), this.deployments()]);
    return this.derived.get([regions, deployments], `progress ${period.from} ${period.to}`, () => ({
      period,
      months: progressByMonth(
        regions.map((region) => region.code),
        deployments.changes,
        period.from,
        period.to,
      ),
    }));
  }

  async sites(): Promise<NationalSitesDto> {
    const [sites, deployments] = await Promise.all([this.cache.get('sites', () => this.figures.sites()), this.deployments()]);
    return this.derived.get([sites, deployments], 'sites', () => ({
      sites: sites.map((site) => {
        const approximate = site.lat === null || site.lon === null;
        const point = approximate ? approximateRegionLocation(site.regionCode) : { lat: site.lat as number, lon: site.lon as number };
        return { ...site, ...point, stage: deployments.byRegion.get(site.regionCode)?.stage ?? 'planned', approximate };
      }),
    }));
  }

  private deployments(): Promise<Deployments> {
    return this.cache.get('deployments', async () => {
      const [rows, changes] = await Promise.all([this.figures.deployments(), this.figures.stageChanges()]);
      return { byRegion: new Map(rows.map((row) => [row.regionCode, row])), since: sinceByRegion(changes), changes };
    });
  }

  private periodFigures(period: PeriodDto): Promise<PeriodFigures> {
    const from = `${period.from}-01`;
    const to = lastDayOf(period.to);
    return this.cache.get(`figures ${period.from} ${period.to}`, async () => {
      const [months, complaints, surveys] = await Promise.all([
        this.figures.regionMonths(from, `${period.to}-01`),
        this.figures.complaintsByRegion(from, to),
        this.surveys.talliesByRegion(from, to),
      ]);
      const rollups = new Map<string, RollupTotals>();
      for (const row of months) rollups.set(row.regionCode, addRollup(rollups.get(row.regionCode) ?? emptyRollup(), row));
      return {
        rollups,
        complaints: new Map(complaints.map((row) => [row.regionCode, row.complaints])),
        surveys: new Map(surveys.map((row) => [row.regionCode, row])),
      };
    });
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

function assembleTable(
  period: PeriodDto,
  query: NationalRegionsQuery,
  regions: readonly RegionRecord[],
  deployments: Deployments,
  figures: PeriodFigures,
): NationalRegionsDto {
  const listed: NationalRegionDto[] = [];
  const listedSurveys: RegionTallies[] = [];
  const totals = emptyRollup();
  for (const region of regions) {
    const deployment = deployments.byRegion.get(region.code);
    const stage: RolloutStage = deployment?.stage ?? 'no_plan';
    if (query.province && region.province.code !== query.province) continue;
    if (query.stage && stage !== query.stage) continue;
    const rollup = figures.rollups.get(region.code) ?? emptyRollup();
    addRollup(totals, rollup);
    const survey = figures.surveys.get(region.code);
    if (survey) listedSurveys.push(survey);
    const mode = (deployment?.weightMode ?? DEFAULT_FEEDBACK_SETTINGS.survey.weight) as IkmWeightMode;
    const index = survey ? satisfactionIndex(survey.tallies, mode) : undefined;
    listed.push({
      code: region.code,
      name: region.name,
      provinceCode: region.province.code,
      provinceName: region.province.name,
      stage,
      stageSince: stage === 'no_plan' ? null : (deployments.since.get(`${region.code} ${stage}`) ?? null),
      sites: deployment?.sites ?? 0,
      agencies: deployment?.agencies ?? 0,
      services: deployment?.services ?? 0,
      figures: {
        ...rollupFigures(rollup),
        ikm: index?.ikm ?? null,
        ikmGrade: index?.grade ?? null,
        respondents: survey?.respondents ?? 0,
        complaints: figures.complaints.get(region.code) ?? 0,
      },
    });
  }
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

/**
 * Results computed from snapshots, kept while those very snapshot objects are the current ones:
 * keyed by their identity (weakly, so a replaced snapshot takes its results with it) and a name.
 */
class Derived {
  private readonly root = new WeakMap<object, Level>();

  get<T>(sources: readonly object[], name: string, compute: () => T): T {
    let level: Level | undefined;
    for (const source of sources) {
      const map: WeakMap<object, Level> = level ? (level.next ??= new WeakMap()) : this.root;
      let next = map.get(source);
      if (!next) map.set(source, (next = {}));
      level = next;
    }
    const results = ((level as Level).results ??= new Map());
    if (!results.has(name)) {
      const value = compute();
      results.set(name, value);
      // A failed computation is not kept.
      if (value instanceof Promise) value.catch(() => results.delete(name));
    }
    return results.get(name) as T;
  }
}

interface Level {
  next?: WeakMap<object, Level>;
  results?: Map<string, unknown>;
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
