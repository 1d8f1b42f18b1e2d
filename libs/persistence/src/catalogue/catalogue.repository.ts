import type { DataSource } from 'typeorm';

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
  agency_code?: string;
  agency_name?: string;
  code: string | null;
  data?: CatalogueServiceSummary['record'];
  total?: string;
}

type SearchHit = Required<{ [K in keyof SearchRow]: NonNullable<SearchRow[K]> }>;

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
   * as written or in its Indonesian stem (`pembuatan` finds `buat`, `kelahiran` finds `lahir`);
   * or, for typos, the query must be close to words of the name (`akta kelahrian`). Matches in
   * the name come first, then near matches of the name, then matches elsewhere.
   *
   * One round trip answers whether the region exists and is deployed as well: search is the
   * catalogue's hottest path.
   */
  async services(regionCode: string, filter: ServiceFilter, page: PageRequest): Promise<ServiceSearch> {
    const terms = filter.q ? searchTerms(filter.q) : [];
    const rows = (await this.dataSource.query(
      `${SEARCH_QUERY}, region AS (
         SELECT d.region_code IS NOT NULL AS deployed FROM regency r LEFT JOIN deployment_region d ON d.region_code = r.code WHERE r.code = $1)
       SELECT region.deployed, hit.* FROM region LEFT JOIN LATERAL (
         SELECT s.agency_code, a.name AS agency_name, s.code, ${SUMMARY_RECORD} AS data, count(*) OVER () AS total
         FROM service s JOIN agency a ON a.region_code = s.region_code AND a.code = s.agency_code, search
         WHERE region.deployed AND ${SEARCH_MATCH}
         ORDER BY CASE WHEN search.words IS NULL THEN 0
                       WHEN s.search_name_vector @@ search.words THEN 2
                       WHEN ${NEAR_NAME} THEN 1 ELSE 0 END DESC,
                  coalesce(2 * ts_rank(s.search_name_vector, search.words) + ts_rank(s.search_vector, search.words)
                           + word_similarity(search.text, s.search_name), 0) DESC,
                  s.name, s.agency_code
         OFFSET $5 LIMIT $6) hit ON true`,
      [regionCode, filter.agency ?? null, terms, terms.join(' '), page.offset, page.pageSize],
    )) as SearchRow[];
    if (rows.length === 0) return { region: 'unknown-region', items: [], total: 0 };
    if (!rows[0].deployed) return { region: 'not-deployed', items: [], total: 0 };
    // A deployed region with no match is one row of NULLs (the LEFT JOIN).
    const hits = rows.filter((row): row is SearchHit => row.code !== null);
    return {
      region: 'deployed',
      items: hits.map((row) => ({ agencyCode: row.agency_code, agencyName: row.agency_name, code: row.code, record: row.data })),
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
    const [row] = (await this.dataSource.query(
      `${SEARCH_QUERY}
       SELECT count(*)::int AS total FROM service s JOIN agency a ON a.region_code = s.region_code AND a.code = s.agency_code, search
       WHERE ${SEARCH_MATCH}`,
      [regionCode, agency ?? null, terms, terms.join(' ')],
    )) as { total: number }[];
    return row.total;
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
 * The query (`$3`, folded words) as a tsquery: each word matches by prefix as written or as its
 * Indonesian stem, and every word must match; NULL without words. Also each word's own tsquery
 * (for the typo match) and `$4`, the words as one text.
 */
const SEARCH_QUERY = `WITH search AS (
         SELECT to_tsquery('simple', string_agg(part, ' & ')) AS words,
                array_agg(to_tsquery('simple', part)) AS term_queries,
                array_agg(term) AS terms,
                $4::text AS text
         FROM (SELECT term, '(' || quote_literal(term) || ':*'
                            || coalesce(' | ' || quote_literal((ts_lexize('indonesian_stem', term))[1]) || ':*', '') || ')' AS part
               FROM unnest($3::text[]) AS term) parts)`;

/**
 * Near enough to the name to be a typo of it: the whole query close to words of the name
 * (`akta kelahrian`), or each word either found as above or close to a word of the name
 * (`sertifkat tanah` for "Pengecekan Sertifikat Hak atas Tanah"). Words under four letters
 * are too ambiguous to guess from.
 */
const NEAR_NAME = `(length(search.text) >= 4 AND (word_similarity(search.text, s.search_name) >= 0.6
         OR (SELECT bool_and(s.search_vector @@ typed.query OR (length(typed.term) >= 4 AND word_similarity(typed.term, s.search_name) >= 0.5))
             FROM unnest(search.term_queries, search.terms) AS typed(query, term))))`;

/** The parts of a service's record a list shows (a fifth of its size): less to send and parse per row. */
/** (Stripped of nulls: a service without a description has none, as in its full record.) */
const SUMMARY_RECORD = `jsonb_strip_nulls(jsonb_build_object('name', s.data->'name', 'description', s.data->'description',
         'standard', jsonb_build_object('fee', s.data#>'{standard,fee}', 'completionTime', s.data#>'{standard,completionTime}'),
         'queue', jsonb_build_object('mode', s.data#>'{queue,mode}')))`;

const SEARCH_MATCH = `s.region_code = $1 AND s.active AND a.active
         AND ($2::text IS NULL OR s.agency_code = $2)
         AND (search.words IS NULL OR s.search_vector @@ search.words OR ${NEAR_NAME})`;
