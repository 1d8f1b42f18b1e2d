import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import type { AgencyRecord, RegionRecord, ServiceRecord, SiteConfig } from '@mpp/deployment';
import { type PageRequest, searchTerms } from '@mpp/domain';

export interface CatalogueRegion extends Omit<RegionRecord, 'feedback'> {
  regionCode: string;
  sites: SiteConfig[];
  agencyCount: number;
  serviceCount: number;
}

export interface CatalogueAgency extends AgencyRecord {
  code: string;
  counterCount: number;
  serviceCount: number;
}

export interface CatalogueService {
  agencyCode: string;
  agencyName: string;
  code: string;
  record: ServiceRecord;
  /** When the standard in force was applied (its latest version); undefined before history was kept. */
  standardSince?: Date;
}

/** What a list of services shows of each: its record without the long parts (requirements, procedure, legal basis). */
export interface CatalogueServiceSummary {
  agencyCode: string;
  agencyName: string;
  code: string;
  record: Pick<ServiceRecord, 'name' | 'description'> & {
    standard: Pick<ServiceRecord['standard'], 'fee' | 'completionTime'>;
    queue: Pick<ServiceRecord['queue'], 'mode'>;
  };
}

/** One version of a service's standard and the period it held. */
export interface StandardVersion {
  validFrom: Date;
  /** When the next version replaced it; undefined for the one in force. */
  validUntil?: Date;
  standard: ServiceRecord['standard'];
  template?: string;
  templateVersion?: number;
}

/** A row of the search: the region's status, and a match (all NULL when none). */
interface SearchRow {
  deployed: boolean;
  agency_code: string | null;
  agency_name: string | null;
  code: string | null;
  name: string | null;
  description: string | null;
  fee: ServiceRecord['standard']['fee'] | null;
  completion_time: ServiceRecord['standard']['completionTime'] | null;
  queue_mode: ServiceRecord['queue']['mode'] | null;
  total: string | null;
}

type SearchHit = Omit<{ [K in keyof SearchRow]: NonNullable<SearchRow[K]> }, 'description'> & Pick<SearchRow, 'description'>;

/** A page of search results, and whether the region exists and is deployed (no items otherwise). */
export interface ServiceSearch {
  region: 'unknown-region' | 'not-deployed' | 'deployed';
  items: CatalogueServiceSummary[];
  total: number;
}

export interface ServiceFilter {
  q?: string;
  agency?: string;
}

/** The public catalogue of a deployed region: active sites, agencies and services only. */
export class CatalogueRepository {
  constructor(private readonly dataSource: DataSource) {}

  async region(regionCode: string): Promise<CatalogueRegion | undefined> {
    const [region] = (await this.dataSource.query(
      `SELECT d.rollout_status, d.coordinator, d.integrations,
              (SELECT count(*)::int FROM agency a WHERE a.region_code = d.region_code AND a.active) AS agency_count,
              (SELECT count(*)::int FROM service s JOIN agency a ON a.region_code = s.region_code AND a.code = s.agency_code
                WHERE s.region_code = d.region_code AND s.active AND a.active) AS service_count
       FROM deployment_region d WHERE d.region_code = $1`,
      [regionCode],
    )) as {
      rollout_status: RegionRecord['rolloutStatus'];
      coordinator: string;
      integrations: RegionRecord['integrations'];
      agency_count: number;
      service_count: number;
    }[];
    if (!region) return undefined;
    const sites = (await this.dataSource.query(`SELECT data FROM site WHERE region_code = $1 AND active ORDER BY code`, [regionCode])) as {
      data: SiteConfig;
    }[];
    return {
      regionCode,
      rolloutStatus: region.rollout_status,
      coordinator: region.coordinator,
      integrations: region.integrations,
      sites: sites.map((site) => site.data),
      agencyCount: region.agency_count,
      serviceCount: region.service_count,
    };
  }

  /** Whether the kabupaten/kota exists and has a deployment, in one round trip. */
  async deploymentStatus(regionCode: string): Promise<ServiceSearch['region']> {
    const [row] = (await this.dataSource.query(
      `SELECT d.region_code IS NOT NULL AS deployed FROM regency r LEFT JOIN deployment_region d ON d.region_code = r.code WHERE r.code = $1`,
      [regionCode],
    )) as { deployed: boolean }[];
    return !row ? 'unknown-region' : row.deployed ? 'deployed' : 'not-deployed';
  }

  async isDeployed(regionCode: string): Promise<boolean> {
    return ((await this.dataSource.query(`SELECT 1 FROM deployment_region WHERE region_code = $1`, [regionCode])) as unknown[]).length > 0;
  }

  async agencies(regionCode: string): Promise<CatalogueAgency[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.code, a.data,
              (SELECT count(*)::int FROM counter c WHERE c.region_code = a.region_code AND c.agency_code = a.code AND c.active) AS counter_count,
              (SELECT count(*)::int FROM service s WHERE s.region_code = a.region_code AND s.agency_code = a.code AND s.active) AS service_count
       FROM agency a WHERE a.region_code = $1 AND a.active ORDER BY a.name`,
      [regionCode],
    )) as { code: string; data: AgencyRecord; counter_count: number; service_count: number }[];
    return rows.map((row) => ({ ...row.data, code: row.code, counterCount: row.counter_count, serviceCount: row.service_count }));
  }

  /**
   * Services of a region, optionally matching `q`, best matches first. Every word of `q` must
   * start a word of the service (name, keywords, agency, description, product, requirements)
   * as written or in its Indonesian stem (`pembuatan` finds `buat`, `kelahiran` finds `lahir`),
   * or be a typo of a word of a service name (`akta kelahrian`). Matches in the name come first,
   * then matches in the name with a typo corrected, then matches elsewhere.
   *
   * One round trip answers whether the region exists and is deployed as well: search is the
   * catalogue's hottest path, so its statement is prepared once per connection (ADR 0058).
   */
  async services(regionCode: string, filter: ServiceFilter, page: PageRequest): Promise<ServiceSearch> {
    const terms = filter.q ? searchTerms(filter.q) : [];
    const rows = await this.prepared<SearchRow>('catalogue-search', SEARCH_SQL, [
      regionCode,
      filter.agency ?? null,
      terms,
      page.offset,
      page.pageSize,
    ]);
    if (rows.length === 0) return { region: 'unknown-region', items: [], total: 0 };
    if (!rows[0].deployed) return { region: 'not-deployed', items: [], total: 0 };
    // A deployed region with no match is one row of NULLs (the LEFT JOIN).
    const hits = rows.filter((row): row is SearchHit => row.code !== null);
    return {
      region: 'deployed',
      items: hits.map(summaryOf),
      total: hits.length > 0 ? Number(hits[0].total) : page.offset === 0 ? 0 : await this.countServices(regionCode, filter.agency, terms),
    };
  }

  async service(regionCode: string, agencyCode: string, serviceCode: string): Promise<CatalogueService | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT s.agency_code, a.name AS agency_name, s.code, s.data,
              (SELECT max(v.valid_from) FROM service_standard_version v
                WHERE v.region_code = s.region_code AND v.agency_code = s.agency_code AND v.service_code = s.code) AS standard_since
       FROM service s JOIN agency a ON a.region_code = s.region_code AND a.code = s.agency_code
       WHERE s.region_code = $1 AND s.agency_code = $2 AND s.code = $3 AND s.active AND a.active`,
      [regionCode, agencyCode, serviceCode],
    )) as { agency_code: string; agency_name: string; code: string; data: ServiceRecord; standard_since: Date | null }[];
    return (
      row && {
        agencyCode: row.agency_code,
        agencyName: row.agency_name,
        code: row.code,
        record: row.data,
        ...(row.standard_since && { standardSince: row.standard_since }),
      }
    );
  }

  /** Every version of an active service's standard, newest first; with `on`, only the one in force at that instant. */
  async standardVersions(regionCode: string, agencyCode: string, serviceCode: string, on?: Date): Promise<StandardVersion[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT v.valid_from, lead(v.valid_from) OVER (ORDER BY v.valid_from, v.id) AS valid_until,
                v.standard, v.template_code, v.template_version, v.id
         FROM service_standard_version v JOIN service s
           ON s.region_code = v.region_code AND s.agency_code = v.agency_code AND s.code = v.service_code AND s.active
         WHERE v.region_code = $1 AND v.agency_code = $2 AND v.service_code = $3) versions
       WHERE $4::timestamptz IS NULL OR (valid_from <= $4 AND (valid_until IS NULL OR valid_until > $4))
       ORDER BY valid_from DESC, id DESC`,
      [regionCode, agencyCode, serviceCode, on ?? null],
    )) as {
      valid_from: Date;
      valid_until: Date | null;
      standard: ServiceRecord['standard'];
      template_code: string | null;
      template_version: number | null;
    }[];
    return rows.map((row) => ({
      validFrom: row.valid_from,
      ...(row.valid_until && { validUntil: row.valid_until }),
      standard: row.standard,
      ...(row.template_code && { template: row.template_code }),
      ...(row.template_version && { templateVersion: row.template_version }),
    }));
  }

  async agencySites(regionCode: string, agencyCode: string): Promise<SiteConfig[]> {
    const rows = (await this.dataSource.query(
      `SELECT s.data FROM site s JOIN agency a ON a.region_code = s.region_code
       WHERE s.region_code = $1 AND a.code = $2 AND s.active AND a.data->'sites' ? s.code ORDER BY s.code`,
      [regionCode, agencyCode],
    )) as { data: SiteConfig }[];
    return rows.map((row) => row.data);
  }

  /** The total of a page past the end, which has no row to carry it. */
  private async countServices(regionCode: string, agency: string | undefined, terms: string[]): Promise<number> {
    const [row] = await this.prepared<{ total: number }>('catalogue-search-count', COUNT_SQL, [regionCode, agency ?? null, terms]);
    return row.total;
  }

  /**
   * A statement the driver prepares once per connection and PostgreSQL then runs on its cached
   * plan: the search's text is long and its planning costs more than running it on a region.
   */
  private async prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query({ name, text, values })).rows as T[];
  }

  /** The regions with a deployment, in code order. */
  async deployedRegionCodes(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT region_code FROM deployment_region ORDER BY region_code`)) as {
      region_code: string;
    }[];
    return rows.map((row) => row.region_code);
  }

  /**
   * After a bulk load: fresh planner statistics, and every new row vacuumed so the first
   * searches do not pay for setting the rows' visibility hints (writes, on a read path).
   */
  async refreshStatistics(): Promise<void> {
    await this.dataSource.query(`VACUUM (ANALYZE) service, agency`);
  }
}

/**
 * The query (`$3`, folded words) as two tsqueries, NULL without words. `words`: each word
 * matches by prefix as written or as its Indonesian stem, and every word must match. `near`: the
 * same, and each word of four letters or more also matches the words of service names it may be
 * a typo of, at least half of its trigrams in one (`kelahrian` → `kelahiran`): the five nearest
 * from the trigram index of `service_name_word`, so no name is compared on a search.
 */
const SEARCH_TERMS = `term AS (
    SELECT quote_literal(t.term) || ':*' || coalesce(' | ' || quote_literal((ts_lexize('indonesian_stem', t.term))[1]) || ':*', '') AS forms,
           (SELECT string_agg(' | ' || quote_literal(near.word), '') FROM (
              SELECT w.word FROM service_name_word w WHERE length(t.term) >= 4 ORDER BY w.word <->> t.term LIMIT 5) near
            WHERE word_similarity(t.term, near.word) >= 0.5) AS typos
    FROM unnest($3::text[]) AS t(term)),
  search AS (
    SELECT to_tsquery('simple', string_agg('(' || forms || ')', ' & ')) AS words,
           to_tsquery('simple', string_agg('(' || forms || coalesce(typos, '') || ')', ' & ')) AS near
    FROM term)`;

/**
 * A region's active services matching the search. The region's inactive agencies are listed once
 * (usually none) rather than each row looking its agency up: a broad search (`kabupaten`, in
 * every agency's name) matches all ~150 services of a region, 150 index look-ups otherwise.
 */
const SEARCH_MATCH = `s.region_code = $1 AND s.active AND ($2::text IS NULL OR s.agency_code = $2)
      AND s.agency_code <> ALL (ARRAY(SELECT i.code FROM agency i WHERE i.region_code = $1 AND NOT i.active))
      AND (search.near IS NULL OR s.search_vector @@ search.near)`;

/**
 * The search in two steps: rank the region's matches on their search columns only, then read
 * the summary of the page's rows alone, from the columns generated for it (the record itself,
 * the widest part of a row and mostly kept out of line, is never read: decision 0081).
 * Order: every word in the name, then in the name with a typo corrected, then elsewhere; within
 * each, 2 × rank in the name + rank in the whole document. Exported for the bench, which times
 * it inside PostgreSQL with EXPLAIN ANALYZE.
 */
export const SEARCH_SQL = `WITH ${SEARCH_TERMS},
  region AS (
    SELECT d.region_code IS NOT NULL AS deployed FROM regency r LEFT JOIN deployment_region d ON d.region_code = r.code WHERE r.code = $1),
  matched AS (
    SELECT s.agency_code, s.code, s.name,
           CASE WHEN search.words IS NULL THEN 0 WHEN s.search_name_vector @@ search.words THEN 2
                WHEN s.search_name_vector @@ search.near THEN 1 ELSE 0 END AS class,
           coalesce(2 * ts_rank(s.search_name_vector, search.near) + ts_rank(s.search_vector, search.near), 0) AS score
    FROM service s, search
    WHERE ${SEARCH_MATCH})
  SELECT region.deployed, hit.* FROM region LEFT JOIN LATERAL (
    SELECT m.agency_code, a.name AS agency_name, m.code, s.name, s.summary_description AS description,
           s.summary_fee AS fee, s.summary_completion_time AS completion_time, s.summary_queue_mode AS queue_mode, m.total
    FROM (SELECT matched.*, count(*) OVER () AS total FROM matched ORDER BY class DESC, score DESC, name, agency_code OFFSET $4 LIMIT $5) m
    JOIN service s ON s.region_code = $1 AND s.agency_code = m.agency_code AND s.code = m.code
    JOIN agency a ON a.region_code = $1 AND a.code = m.agency_code
    WHERE region.deployed
    ORDER BY m.class DESC, m.score DESC, m.name, m.agency_code) hit ON true`;

const COUNT_SQL = `WITH ${SEARCH_TERMS}
  SELECT count(*)::int AS total FROM service s, search
  WHERE ${SEARCH_MATCH}`;

/** What a list shows of a service, from the columns the search read out of its record. */
function summaryOf(row: SearchHit): CatalogueServiceSummary {
  return {
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    code: row.code,
    record: {
      name: row.name,
      // A service without a description has none, as in its full record.
      ...(row.description !== null && { description: row.description }),
      standard: { fee: row.fee, completionTime: row.completion_time },
      queue: { mode: row.queue_mode },
    },
  };
}
