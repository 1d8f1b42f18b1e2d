import { createJiti } from 'jiti';

// The list query the API runs, from its source, so the floor can never drift from it.
const jiti = createJiti(import.meta.url);
const { ApplicationsRepository } = await jiti.import('../../libs/persistence/src/applications/applications.repository.ts');

const STATUSES = ['submitted', 'verified', 'in_process', 'needs_revision', 'completed', 'rejected'];

/**
 * 10,000 applications of one agency in the bench region (the worst case for its list: every
 * row its own), spread over 60 days and six statuses, written straight into the table.
 */
export async function seedApplications(pool, { region, agency, service, count = 10_000 }) {
  await pool.query(
    `INSERT INTO application (region_code, id, tracking_code, site_code, agency_code, service_code, channel, status, applicant_name,
       applicant_phone, nik_encrypted, nik_key_id, nik_blind_index, nik_masked, requirements, completion_working_days, due_date,
       due_soon_from, submitted_at, created_at, updated_at)
     SELECT $1, gen_random_uuid(), upper(substr(md5(i::text), 1, 5) || '-' || substr(md5(i::text), 6, 5)), 'mpp-bench', $2, $3, 'online',
       ($4::text[])[1 + i % 6], 'Pemohon ' || i, '+62812' || lpad(i::text, 7, '0'), 'v1.bench.x.y.z', 'bench', md5(i::text) || md5(i::text),
       '3271********' || lpad((i % 10000)::text, 4, '0'), '[]', 5, current_date + (i % 20) - 10, current_date + (i % 20) - 11,
       now() - (i % 60) * interval '1 day', now() - (i % 60) * interval '1 day' - i * interval '1 second', now()
     FROM generate_series(1, $5) AS i`,
    [region, agency, service, STATUSES, count],
  );
}

/** Latencies of `run` from `clients` concurrent loops for `seconds`: p50, p95, p99 and the rate. */
export async function measure(clients, seconds, run) {
  const until = Date.now() + seconds * 1000;
  const latencies = [];
  let next = 0;
  const loop = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      await run(next++);
      latencies.push(performance.now() - started);
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, loop));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction) => Number((latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0).toFixed(1));
  return { rate: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** The agency list through the API (as a signed-in national admin) beside the same query straight through pg. */
export async function applicationListScenario(pool, { baseUrl, token, region, agency, clients, seconds }) {
  // Filters an officer uses: a status, the overdue ones, a date range; pages 1 to 5.
  const queries = [{ status: 'submitted' }, { sla: 'overdue' }, {}, { status: 'in_process', page: '3' }, { from: '2000-01-01', page: '5' }];
  const api = await measure(clients, seconds, async (n) => {
    const query = new URLSearchParams(queries[n % queries.length]);
    const response = await fetch(`${baseUrl}/v1/regions/${region}/agencies/${agency}/applications?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`agency list answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  });
  const repository = new ApplicationsRepository({ query: (sql, params) => pool.query(sql, params).then((result) => result.rows) });
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const floor = await measure(clients, seconds, (n) => {
    const query = queries[n % queries.length];
    const page = Number(query.page ?? 1);
    return repository.list(
      {
        regionCode: region,
        agencyCode: agency,
        status: query.status,
        sla: query.sla,
        today,
        createdFrom: query.from ? new Date(query.from) : undefined,
      },
      { page, pageSize: 20, offset: (page - 1) * 20 },
    );
  });
  return { api, floor };
}
