import { measure } from './applications-bench.mjs';

/**
 * The national dashboard's requests, as the console sends them (through the API's forwarding of
 * /admin/api to the admin app, decision 0060), each measured alone at a few connections with
 * the national demo loaded. Target: p95 < 300 ms for every one.
 */
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
    const bytes = (await get()).byteLength;
    const figures = await measure(clients, seconds, get);
    console.log(
      `bench national-dashboard: ${name}: ${Math.round(figures.rate)}/s p50 ${figures.p50} ms p95 ${figures.p95} ms p99 ${figures.p99} ms (${Math.round(bytes / 1024)} kB)`,
    );
    results.push({ name, ...figures });
  }
  return results;
}

function monthsBack(month, count) {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
