import os from 'node:os';

import autocannon from 'autocannon';
import { createJiti } from 'jiti';

import { measure } from './applications-bench.mjs';

// The search the API runs, from its source, so the floor can never drift from it.
const jiti = createJiti(import.meta.url, { alias: { '@mpp/domain': new URL('../../libs/domain/src/index.ts', import.meta.url).pathname } });
const { CatalogueRepository } = await jiti.import('../../libs/persistence/src/catalogue/catalogue.repository.ts');

/**
 * What citizens type: Indonesian word forms (the stem finds the other forms), typos in service
 * names, agency names, a code-like word, and an empty search (the region's whole list, page 1);
 * some within one agency (every region deploys these from the national templates).
 */
export const SEARCHES = [
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
export async function catalogueSearchScenario(pool, { baseUrl, connections, seconds }) {
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
  // autocannon reports p97.5, not p95: the target is p95, so every response time is kept.
  const times = [];
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
  return {
    regions: regions.length,
    services: rows[0].services,
    api: { rate: api.requests.average, ...percentiles(times) },
    floor,
    // The machine may be shared: the 1-minute load average as each run ended, beside its figures.
    load: { api: apiLoad, floor: os.loadavg()[0].toFixed(1) },
  };
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
