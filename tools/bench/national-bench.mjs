import { measure } from './applications-bench.mjs';

/**
 * The national dashboard's requests, as the console sends them (through the API's forwarding of
 * /admin/api to the admin app, decision 0060), each measured alone at a few connections with
 * the national demo loaded. Target: p95 < 300 ms for every one, printed beside each figure. The
 * first answer of each is timed apart: it may be the one that reads the snapshot (ADR 0078).
 */
export const TARGET_P95_MS = 300;

export const DASHBOARD_REQUESTS = [
  ['regions (12 months)', '/admin/api/v1/national/regions'],
  ['regions (one province)', '/admin/api/v1/national/regions?province=32'],
  ['regions (one stage, a quarter)', '/admin/api/v1/national/regions?stage=operational&from=MONTH-3&to=MONTH'],
  ['progress (24 months)', '/admin/api/v1/national/progress?from=MONTH-23&to=MONTH'],
  ['sites (map)', '/admin/api/v1/national/sites'],
  ['export CSV', '/admin/api/v1/national/regions/export?format=csv'],
  ['export XLSX', '/admin/api/v1/national/regions/export?format=xlsx'],
];

export async function nationalDashboardScenario({ baseUrl, token, clients, seconds }) {
  const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const results = [];
  for (const [name, template] of DASHBOARD_REQUESTS) {
    const path = template.replace(/MONTH-(\d+)/g, (_all, back) => monthsBack(month, Number(back))).replace(/MONTH/g, month);
    const get = async () => {
      const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      return response.arrayBuffer();
    };
    // One answer before timing: it must be the real page, not a fast error.
    const firstStarted = performance.now();
    const bytes = (await get()).byteLength;
    const first = Math.round(performance.now() - firstStarted);
    const figures = await measure(clients, seconds, get);
    const verdict = figures.p95 < TARGET_P95_MS ? 'ok' : 'OVER';
    console.log(
      `bench national-dashboard: ${name}: p95 ${figures.p95} ms (target < ${TARGET_P95_MS} ms, ${verdict}) p50 ${figures.p50} ms p99 ${figures.p99} ms ${Math.round(figures.rate)}/s, first answer ${first} ms (${Math.round(bytes / 1024)} kB)`,
    );
    results.push({ name, first, ...figures });
  }
  return results;
}

function monthsBack(month, count) {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
