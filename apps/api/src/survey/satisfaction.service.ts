import { Injectable } from '@nestjs/common';

import { DEFAULT_FEEDBACK_SETTINGS } from '@mpp/deployment';
import {
  canReach,
  ForbiddenError,
  type IkmWeightMode,
  InvalidValueError,
  krejcieMorganSampleSize,
  mergeElementTallies,
  NotFoundError,
  parseReportPeriod,
  type Principal,
  type RegionCode,
  type ReportPeriod,
  type SatisfactionIndex,
  satisfactionIndex,
  serviceDateAt,
  SURVEY_ELEMENT_NAMES,
} from '@mpp/domain';
import { DeploymentsRepository, SurveyRepository, type SurveyScope } from '@mpp/persistence';

import { QueueLayout } from '../queue/queue-layout.service';
import type { NationalSatisfactionQuery, PeriodQuery, SatisfactionQuery } from './survey-requests.dto';
import type { ElementScoreDto, NationalSatisfactionDto, SatisfactionIndexDto, SatisfactionReportDto } from './survey-responses.dto';

/**
 * The index (IKM) of any scope and period: the domain's `satisfactionIndex` over the exact sums
 * the database adds up, with the weight the region's deployment sets, and the Krejcie–Morgan
 * sample size for the period's service users (finished tickets).
 */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly surveys: SurveyRepository,
    private readonly deployments: DeploymentsRepository,
  ) {}

  async index(regionCode: RegionCode, query: SatisfactionQuery, principal?: Principal): Promise<SatisfactionIndexDto> {
    const layout = await this.layouts.region(regionCode);
    const period = periodOf(query, layout.utcOffsetHours);
    const scope = this.scopeOf(layout.region, period, query, layout.state, principal);
    const weightMode = layout.state.region?.feedback.survey.weight ?? DEFAULT_FEEDBACK_SETTINGS.survey.weight;
    const [{ respondents, tallies }, population] = await Promise.all([this.surveys.tallies(scope), this.surveys.finishedTickets(scope)]);
    const result = satisfactionIndex(tallies, weightMode);
    const required = krejcieMorganSampleSize(population);
    return {
      scope: {
        regionCode: scope.regionCode,
        siteCode: scope.siteCode ?? null,
        agencyCode: scope.agencyCode ?? null,
        serviceCode: scope.serviceCode ?? null,
      },
      period: { label: period.label, from: period.from, to: period.to },
      ...indexFields(result),
      sample: { population, required, respondents, reached: respondents >= required },
    };
  }

  /** The index with respondents by profile and the suggestions: what a unit publishes (suggestions only to staff). */
  async report(regionCode: RegionCode, query: SatisfactionQuery, principal: Principal): Promise<SatisfactionReportDto> {
    const index = await this.index(regionCode, query, principal);
    const scope: SurveyScope = {
      regionCode: index.scope.regionCode,
      from: index.period.from,
      to: index.period.to,
      siteCode: index.scope.siteCode ?? undefined,
      agencyCode: index.scope.agencyCode ?? undefined,
      serviceCode: index.scope.serviceCode ?? undefined,
    };
    const [respondentsByProfile, suggestions] = await Promise.all([this.surveys.profileCounts(scope), this.surveys.suggestions(scope)]);
    return { ...index, respondentsByProfile, suggestions };
  }

  /** Every region's index with its own weight, and the nation's over all their sums with the weight asked for. */
  async national(query: NationalSatisfactionQuery): Promise<NationalSatisfactionDto> {
    // The ministry counts its periods in Jakarta time (WIB).
    const period = periodOf(query, 7);
    const weightMode: IkmWeightMode = query.weight ?? DEFAULT_FEEDBACK_SETTINGS.survey.weight;
    const byRegion = await this.surveys.talliesByRegion(period.from, period.to);
    const regions = [];
    for (const region of byRegion) {
      const state = await this.deployments.loadState(region.regionCode);
      const mode = state.region?.feedback.survey.weight ?? DEFAULT_FEEDBACK_SETTINGS.survey.weight;
      const result = satisfactionIndex(region.tallies, mode);
      regions.push({
        regionCode: region.regionCode,
        weightMode: mode,
        respondents: region.respondents,
        ikm: result.ikm,
        grade: result.grade,
        weakestElement: result.weakestElement,
      });
    }
    const nation = satisfactionIndex(mergeElementTallies(...byRegion.map((region) => region.tallies)), weightMode);
    return {
      period: { label: period.label, from: period.from, to: period.to },
      weightMode,
      respondents: byRegion.reduce((total, region) => total + region.respondents, 0),
      ikm: nation.ikm,
      grade: nation.grade,
      elements: elementDtos(nation),
      regions,
    };
  }

  private scopeOf(
    regionCode: RegionCode,
    period: ReportPeriod,
    query: SatisfactionQuery,
    state: Awaited<ReturnType<QueueLayout['region']>>['state'],
    principal: Principal | undefined,
  ): SurveyScope {
    if (query.serviceCode && !query.agencyCode) {
      throw new InvalidValueError('VALIDATION_FAILED', 'serviceCode needs agencyCode', 'agencyCode');
    }
    if (query.siteCode && !state.sites.has(query.siteCode))
      throw new NotFoundError('SITE_NOT_FOUND', `No site ${query.siteCode}`, 'siteCode');
    if (query.agencyCode && !state.agencies.has(query.agencyCode)) {
      throw new NotFoundError('AGENCY_NOT_FOUND', `No agency ${query.agencyCode}`, 'agencyCode');
    }
    if (query.serviceCode && !state.services.has(`${query.agencyCode}/${query.serviceCode}`)) {
      throw new NotFoundError('SERVICE_NOT_FOUND', `No service ${query.agencyCode}/${query.serviceCode}`, 'serviceCode');
    }
    let agencyCode = query.agencyCode;
    // Agency staff read their own agency's results; asking for no agency means theirs.
    if (principal?.kind === 'staff' && principal.agencyCode) {
      agencyCode ??= principal.agencyCode;
      if (!canReach(principal, { regionCode: regionCode.value, agencyCode }))
        throw new ForbiddenError('OUT_OF_SCOPE', 'This is another agency’s report');
    }
    return {
      regionCode: regionCode.value,
      from: period.from,
      to: period.to,
      siteCode: query.siteCode,
      agencyCode,
      serviceCode: query.serviceCode,
    };
  }
}

/** No period asked for: the current year, the least a unit must survey (PermenPANRB 14/2017). */
function periodOf(query: PeriodQuery, utcOffsetHours: number): ReportPeriod {
  if (query.period === undefined && query.from === undefined && query.to === undefined) {
    return parseReportPeriod({ period: serviceDateAt(new Date(), utcOffsetHours).slice(0, 4) });
  }
  return parseReportPeriod(query);
}

function indexFields(result: SatisfactionIndex) {
  return {
    weightMode: result.weightMode,
    weight: result.weight,
    ikm: result.ikm,
    ikmOnAnswerScale: result.ikmOnAnswerScale,
    grade: result.grade,
    kinerja: result.kinerja,
    belowScale: result.belowScale,
    weakestElement: result.weakestElement,
    elements: elementDtos(result),
  };
}

function elementDtos(result: SatisfactionIndex): ElementScoreDto[] {
  return result.elements.map((score) => ({ ...score, name: SURVEY_ELEMENT_NAMES[score.element] }));
}
