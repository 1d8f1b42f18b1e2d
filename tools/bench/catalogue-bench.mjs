import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

import autocannon from 'autocannon';
import { createJiti } from 'jiti';

import { measure } from './applications-bench.mjs';

// The search the API runs, from its source, so the floor can never drift from it.
const jiti = createJiti(import.meta.url, { alias: { '@mpp/domain': new URL('../../libs/domain/src/index.ts', import.meta.url).pathname } });
const { CatalogueRepository, SEARCH_SQL } = await jiti.import('../../libs/persistence/src/catalogue/catalogue.repository.ts');
const { searchTerms } = await jiti.import('../../libs/domain/src/index.ts');

/**
 * What citizens type: whole service names, Indonesian word forms (the stem finds the other
 * forms), typos in service names, national agencies' services and words, a region's own words
 * (`kabupaten`, `kota`: in every agency's name, so every service of the region matches), a
 * code-like word, and an empty search (the region's whole list, page 1); some within one agency
 * (every region deploys these from the national templates).
 */
export const SEARCHES = [
  'Penerbitan Akta Kelahiran',
  'Persetujuan Bangunan Gedung',
  'pembuatan paspor',
  'kabupaten',
  'kota pelayanan',
  'bpjs',
  'lahir',
  'kelahiran',
  'pembuatan',
  'akte kelahran',
  { q: 'kelahiran', agency: 'disdukcapil' },
  { q: '', agency: 'dpmptsp' },
  'bayar pajak kendaraan',
  'daftar npwp',
  'izin klinik',
  'pendaftaran',
  'akta kelahrian',
  'pasport',
  'kartu keluaga',
  'sertifkat tanah',
  'imigrasi',
  'kependudukan',
  'badan pertanahan',
  'ktp',
  'npwp',
  '',
];

/**
 * Catalogue search over every deployed region: through the API with autocannon (each request
 * another region and another search), then the same SQL straight through pg (the repository the
 * API uses, on a bare pg pool) at the same concurrency.
 */
export async function catalogueSearchScenario(pool, { baseUrl, connections, seconds, apiPid, postgresPid }) {
  const regions = await new CatalogueRepository(dataSourceOf(pool)).deployedRegionCodes();
  const url = (n) => {
    const query = new URLSearchParams(Object.entries(searchOf(n)).filter(([, value]) => value));
    return `/v1/regions/${regions[(n * 7919) % regions.length]}/services${query.size > 0 ? `?${query}` : ''}`;
  };
  // Every search answers 200 before any timing (a wrong path must not bench as a fast 404).
  for (let n = 0; n < SEARCHES.length; n += 1) {
    const response = await fetch(baseUrl + url(n));
    if (response.status !== 200) throw new Error(`${url(n)} answered ${response.status}: ${await response.text()}`);
  }
  let next = 0;
  // Three seconds first, not counted: the API's code paths compiled, the plans settled, the
  // server's work after the bulk load (autovacuum, checkpoint) done before CPU is read.
  await new Promise((resolve, reject) =>
    autocannon(
      {
        url: baseUrl,
        connections,
        duration: 3,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: url(next++) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  // autocannon reports p97.5, not p95: the target is p95, so every response time is kept.
  const times = [];
  const cpuBefore = { api: cpuSeconds(apiPid), postgres: postgresCpuSeconds(postgresPid) };
  const api = await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: url(next++) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const apiLoad = os.loadavg()[0].toFixed(1);
  // CPU per search, API process and database server apart: what the load sways least.
  const cpuPerSearch = (seconds) => Number(((seconds * 1000) / times.length).toFixed(2));
  const cpu = {
    api: cpuPerSearch(cpuSeconds(apiPid) - cpuBefore.api),
    postgres: cpuPerSearch(postgresCpuSeconds(postgresPid) - cpuBefore.postgres),
  };
  const failures = api.non2xx + api.errors + api.timeouts;
  if (failures > 0) throw new Error(`catalogue search: ${failures} API requests failed`);
  const repository = new CatalogueRepository(dataSourceOf(pool));
  // Each pool connection prepares the statement on its first search: not part of the figure.
  await Promise.all(
    Array.from({ length: connections * 2 }, (_, n) => repository.services(regions[n], {}, { page: 1, pageSize: 20, offset: 0 })),
  );
  const floor = await measure(connections, seconds, async (n) => {
    const { q, agency } = searchOf(n);
    await repository.services(regions[(n * 7919) % regions.length], { q: q || undefined, agency }, { page: 1, pageSize: 20, offset: 0 });
  });
  const { rows } = await pool.query(`SELECT count(*)::int AS services FROM service WHERE active`);
  const server = await serverTimes(pool, regions);
  return {
    regions: regions.length,
    services: rows[0].services,
    server,
    api: { rate: api.requests.average, ...percentiles(times), cpu },
    floor,
    // The machine may be shared: the 1-minute load average as each run ended, beside its figures.
    load: { api: apiLoad, floor: os.loadavg()[0].toFixed(1) },
  };
}

/**
 * Each search's time inside PostgreSQL (its own figure, which the machine's load sways far less
 * than a request's): the statement the API prepares, run through `EXPLAIN (ANALYZE)` on one
 * connection in 25 regions after its plan has settled; the median and the worst execution.
 */
async function serverTimes(pool, regions) {
  const client = await pool.connect();
  try {
    await client.query(`PREPARE bench_search AS ${SEARCH_SQL}`);
    const run = async (search, region) => {
      const { q, agency } = typeof search === 'string' ? { q: search } : search;
      const terms = q ? searchTerms(q) : [];
      // EXECUTE takes its parameters as SQL: quoted literals, the words as a text[].
      const literal = (value) =>
        value === null
          ? 'NULL'
          : Array.isArray(value)
            ? `ARRAY[${value.map((word) => client.escapeLiteral(word)).join(',')}]::text[]`
            : typeof value === 'number'
              ? String(value)
              : client.escapeLiteral(value);
      const [plan] = (
        await client.query(
          `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) EXECUTE bench_search(${[region, agency ?? null, terms, 0, 20].map(literal).join(', ')})`,
        )
      ).rows[0]['QUERY PLAN'];
      return plan['Execution Time'] + plan['Planning Time'];
    };
    // Six runs first: PostgreSQL settles on the generic plan after five, as on the API's connections.
    for (let n = 0; n < 6; n += 1) await run(SEARCHES[n % SEARCHES.length], regions[n % regions.length]);
    const results = [];
    for (const search of SEARCHES) {
      const times = [];
      for (let n = 0; n < 25; n += 1) times.push(await run(search, regions[(n * 7919) % regions.length]));
      times.sort((a, b) => a - b);
      const label = typeof search === 'string' ? search : `${search.q || '(empty)'} (${search.agency})`;
      results.push({ search: label, median: times[12], worst: times[24] });
    }
    return results;
  } finally {
    await client.query('DEALLOCATE bench_search').catch(() => undefined);
    client.release();
  }
}

/** A process's CPU time so far (user + system), from /proc/<pid>/stat; NaN where there is no /proc or no pid. */
function cpuSeconds(pid, withReapedChildren = false) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime, stime, cutime, cstime: fields 14 to 17 of the line, in clock ticks (100 per second on Linux).
    const ticks = Number(fields[11]) + Number(fields[12]) + (withReapedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The database server's CPU time so far: every process under `rootPid` (the embedded server's
 * runner, its postmaster, the backends), with the children each has reaped.
 */
function postgresCpuSeconds(rootPid) {
  if (!rootPid) return Number.NaN;
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // ppid is field 4 of the line.
      parents.set(Number(entry), Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const under = (pid) => pid === rootPid || (parents.has(pid) && pid > 1 && under(parents.get(pid)));
  return [...parents.keys()].filter(under).reduce((total, pid) => total + (cpuSeconds(pid, true) || 0), 0);
}

function searchOf(n) {
  const search = SEARCHES[n % SEARCHES.length];
  return typeof search === 'string' ? { q: search } : search;
}

function percentiles(times) {
  times.sort((a, b) => a - b);
  const at = (fraction) => Number((times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0).toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** As much of a TypeORM DataSource as the repository uses: `query`, and the driver's pool for its prepared statements. */
function dataSourceOf(pool) {
  return { query: (sql, params) => pool.query(sql, params).then((result) => result.rows), driver: { master: pool } };
}
