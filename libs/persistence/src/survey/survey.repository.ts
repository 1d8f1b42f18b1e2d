import type { DataSource } from 'typeorm';

import { type ElementTally, SURVEY_ELEMENTS, type SurveyElement } from '@mpp/domain';

import type { NewSurveyResponse, ProfileCount, RegionTallies, ScopeTallies, SuggestionRow, SurveyScope } from './survey-row';

/** Suggestions are read by people: a report lists the most recent ones, not a whole year of a big mall. */
const SUGGESTIONS_LIMIT = 1_000;

/**
 * Survey responses and the sums the index is computed from. Sums and counts stay whole numbers
 * here; the domain's `satisfactionIndex` does the arithmetic and the rounding.
 */
export class SurveyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a response and its answers in one statement. False when the ticket or application
   * already has a response: the unique key decides, so answers fired at once store exactly one.
   */
  async insert(response: NewSurveyResponse): Promise<boolean> {
    const elements = Object.keys(response.answers) as SurveyElement[];
    const rows = (await this.dataSource.query(
      `WITH response AS (
         INSERT INTO survey_response (region_code, id, site_code, agency_code, service_code, source, subject_hash, device_id, service_date,
           age_band, sex, education, occupation, suggestion)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (region_code, subject_hash) DO NOTHING
         RETURNING region_code, id)
       INSERT INTO survey_answer (region_code, response_id, element, answer)
       SELECT response.region_code, response.id, given.element, given.answer
       FROM response, unnest($15::text[], $16::smallint[]) AS given (element, answer)
       RETURNING response_id`,
      [
        response.regionCode,
        response.id,
        response.siteCode,
        response.agencyCode,
        response.serviceCode,
        response.source,
        response.subjectHash ?? null,
        response.deviceId ?? null,
        response.serviceDate,
        response.profile.ageBand ?? null,
        response.profile.sex ?? null,
        response.profile.education ?? null,
        response.profile.occupation ?? null,
        response.suggestion ?? null,
        elements,
        elements.map((element) => response.answers[element]),
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  async answered(regionCode: string, subjectHash: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM survey_response WHERE region_code = $1 AND subject_hash = $2`, [
      regionCode,
      subjectHash,
    ])) as unknown[];
    return rows.length > 0;
  }

  async tallies(scope: SurveyScope): Promise<ScopeTallies> {
    const { clause, params } = where(scope);
    const [elements, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT a.element, count(*)::int AS answers, sum(a.answer)::int AS sum
         FROM survey_response r JOIN survey_answer a ON a.region_code = r.region_code AND a.response_id = r.id
         WHERE ${clause} GROUP BY a.element`,
        params,
      ) as Promise<ElementTally[]>,
      this.dataSource.query(`SELECT count(*)::int AS respondents FROM survey_response r WHERE ${clause}`, params) as Promise<
        { respondents: number }[]
      >,
    ]);
    return { respondents: count.respondents, tallies: complete(elements) };
  }

  /** Service users of the period: tickets finished (served) in its scope. */
  async finishedTickets(scope: SurveyScope): Promise<number> {
    const { clause, params } = where(scope);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ticket r WHERE ${clause} AND r.status = 'done'`,
      params,
    )) as {
      n: number;
    }[];
    return row.n;
  }

  async profileCounts(scope: SurveyScope): Promise<ProfileCount[]> {
    const { clause, params } = where(scope);
    const rows = (await this.dataSource.query(
      `SELECT age_band, sex, education, occupation, GROUPING(age_band) AS g_age, GROUPING(sex) AS g_sex,
         GROUPING(education) AS g_education, count(*)::int AS respondents
       FROM survey_response r WHERE ${clause}
       GROUP BY GROUPING SETS ((age_band), (sex), (education), (occupation))`,
      params,
    )) as Record<string, string | number | null>[];
    return rows
      .map((row): ProfileCount => {
        const field = row.g_age === 0 ? 'ageBand' : row.g_sex === 0 ? 'sex' : row.g_education === 0 ? 'education' : 'occupation';
        const column = { ageBand: 'age_band', sex: 'sex', education: 'education', occupation: 'occupation' }[field];
        return { field, value: row[column] as string | null, respondents: row.respondents as number };
      })
      .sort((a, b) => a.field.localeCompare(b.field) || String(a.value).localeCompare(String(b.value)));
  }

  async suggestions(scope: SurveyScope): Promise<SuggestionRow[]> {
    const { clause, params } = where(scope);
    return (await this.dataSource.query(
      `SELECT to_char(service_date, 'YYYY-MM-DD') AS "serviceDate", agency_code AS "agencyCode", service_code AS "serviceCode", suggestion
       FROM survey_response r WHERE ${clause} AND suggestion IS NOT NULL
       ORDER BY service_date DESC, created_at DESC LIMIT ${SUGGESTIONS_LIMIT}`,
      params,
    )) as SuggestionRow[];
  }

  /**
   * Every region's sums for a period, for the national roll-up: one GROUP BY per region, no
   * join across regions, so it runs the same on a sharded (Citus) database.
   */
  async talliesByRegion(from: string, to: string): Promise<RegionTallies[]> {
    const [elements, counts] = await Promise.all([
      this.dataSource.query(
        `SELECT r.region_code AS "regionCode", a.element, count(*)::int AS answers, sum(a.answer)::int AS sum
         FROM survey_response r JOIN survey_answer a ON a.region_code = r.region_code AND a.response_id = r.id
         WHERE r.service_date BETWEEN $1 AND $2 GROUP BY r.region_code, a.element`,
        [from, to],
      ) as Promise<(ElementTally & { regionCode: string })[]>,
      this.dataSource.query(
        `SELECT region_code AS "regionCode", count(*)::int AS respondents FROM survey_response
         WHERE service_date BETWEEN $1 AND $2 GROUP BY region_code ORDER BY region_code`,
        [from, to],
      ) as Promise<{ regionCode: string; respondents: number }[]>,
    ]);
    return counts.map(({ regionCode, respondents }) => ({
      regionCode,
      respondents,
      tallies: complete(elements.filter((row) => row.regionCode === regionCode)),
    }));
  }
}

function where(scope: SurveyScope): { clause: string; params: unknown[] } {
  const conditions = ['r.region_code = $1', 'r.service_date BETWEEN $2 AND $3'];
  const params: unknown[] = [scope.regionCode, scope.from, scope.to];
  for (const [column, value] of [
    ['site_code', scope.siteCode],
    ['agency_code', scope.agencyCode],
    ['service_code', scope.serviceCode],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`r.${column} = $${params.length}`);
  }
  return { clause: conditions.join(' AND '), params };
}

function complete(rows: readonly ElementTally[]): ElementTally[] {
  return SURVEY_ELEMENTS.map((element) => {
    const row = rows.find((candidate) => candidate.element === element);
    return { element, answers: row?.answers ?? 0, sum: row?.sum ?? 0 };
  });
}
