// `npm run bench`: issues walk-in tickets through the real API on PostgreSQL, from many
// concurrent clients, to one hot service and to fifty services, and in the same run the very
// statement the API runs, prepared, through `pg` and through `pgbench -M prepared` (when
// installed), at 10 and 32 clients (the floor our stack adds to; the ratio is to the highest).
// After each run it checks that every line is numbered 1..N with no duplicate and no gap. The
// last lines, one per scenario, are for scripts:
//   bench <scenario>: api <n>/s p99 <ms> ms (target …) <µs> µs CPU/ticket floor <m>/s (…) ratio <api/floor> (target …) load <1 5 15>
// `npm run bench -- live`: 5,000 SSE clients, calls timed to each (live-bench.mjs).
//
// Embedded PostgreSQL in a temporary folder by default; with DATABASE_URL, a fresh database
// on that server (created and dropped here). Loopback only; every run is bounded in time.
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 32) tune the runs; BENCH_ONLY=<scenario>[,<scenario>] runs those
// (liveness, one-service, fifty-services, applications-list, webhooks, catalogue-search, national-dashboard, live;
// `npm run bench -- live` runs the live one, which is not in the default run). BENCH_REGIONS=<n> deploys only the
// first n regions for catalogue-search and national-dashboard; BENCH_TICKETS_PER_DAY=<n> scales the national demo.
// BENCH_SERVICES_PER_REGION=<n> (default 150: the issue's ~77,000 services over 514 regions) tops each region of the
// catalogue-search up to n services with variants of the 53 template services; 0 deploys the templates as they are.
// BENCH_LAYERS=1 adds a profiled liveness run that charges each request's CPU to the pipeline's layers (the API then
// runs with --inspect on BENCH_PORT+2). BENCH_API_MAIN=<path to an API build's main.js> benches that build instead of
// dist/ (say, main's, for an A/B).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import autocannon from 'autocannon';
import pg from 'pg';

import { applicationListScenario, seedApplications } from './applications-bench.mjs';
import { BENCH_REGION, BENCH_SITE, benchDeployment, LIVE_SITES, SERVICES } from './bench-deployment.mjs';
import { catalogueSearchScenario } from './catalogue-bench.mjs';
import { floorRun, ISSUE_SQL, pgbenchRun } from './floor.mjs';
import { liveScenario } from './live-bench.mjs';
import { cpuSeconds, livenessScenario } from './liveness-bench.mjs';
import { nationalDashboardScenario, TARGET_P95_MS } from './national-bench.mjs';
import { profileLayers } from './pipeline-layers.mjs';
import { webhooksScenario } from './webhooks-bench.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const poolSize = Number(process.env.DB_POOL_SIZE ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3999);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const apiMain = path.resolve(root, process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js');

const pgbenchInstalled = spawnSync('pgbench', ['--version']).status === 0;
const nxPackage = createRequire(import.meta.url).resolve('nx/package.json');
const nxBin = path.join(path.dirname(nxPackage), JSON.parse(readFileSync(nxPackage, 'utf8')).bin.nx);

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited ${code}`))));
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-bench-'));
// As root the embedded server runs as `postgres`, which must reach its folder.
chmodSync(work, 0o755);
const apiLog = [];
const BENCH_PASSWORD = randomUUID();
let api;
let admin;
let databaseUrl;
let dropDatabase = async () => undefined;

async function main() {
  console.log(`bench: building the API and CLI`);
  // BENCH_ONLY=applications-list,webhooks (scenario names, comma-separated) runs those alone;
  // `npm run bench -- live` (or BENCH_ONLY=live) runs the live one, which is not in the default run.
  const only = new Set((process.argv[2] ?? process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
  const want = (name) => (only.size === 0 ? name !== 'live' : only.has(name));
  const withAdmin = want('national-dashboard');
  await run(
    process.execPath,
    [nxBin, 'run-many', '-t', 'build', '-p', 'api', 'cli', ...(withAdmin ? ['admin'] : []), '--output-style=static'],
    {
      NX_DAEMON: 'false',
    },
  );

  const env = {
    MPP_DATA_DIR: work,
    PORT: String(port),
    ADMIN_PORT: String(port + 1),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DB_POOL_SIZE: String(poolSize),
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    AUTH_JWT_SECRET: randomUUID() + randomUUID(),
    PERSONAL_DATA_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    PERSONAL_DATA_INDEX_KEY: randomBytes(32).toString('base64'),
    // A national admin to read the applications list with.
    MPP_BOOTSTRAP_ADMIN_EMAIL: 'bench@bench.mpp.go.id',
    MPP_BOOTSTRAP_ADMIN_PASSWORD: BENCH_PASSWORD,
    // The webhook receiver is on loopback; production otherwise refuses it.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  };
  if (process.env.DATABASE_URL) {
    const name = `mpp_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }

  console.log(
    `bench: starting the API on 127.0.0.1:${port} (${env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'}, pool ${poolSize}, LOG_LEVEL=${env.LOG_LEVEL})`,
  );
  api = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []),
      ...(process.env.BENCH_LAYERS ? [`--inspect=127.0.0.1:${port + 2}`] : []),
      apiMain,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  // Generous: on a shared, loaded machine the embedded server and the migrations alone can take over a minute.
  await waitReady(`http://127.0.0.1:${port}/health/ready`, 240_000);
  databaseUrl ??= JSON.parse(readFileSync(path.join(work, 'postgres', 'server.json'), 'utf8')).url;
  const results = [];
  if (want('liveness')) results.push(await liveness());
  if (only.size > 0 && [...only].every((name) => name === 'liveness')) return report(results);

  const file = path.join(work, 'bench-region.yaml');
  writeFileSync(file, benchDeployment());
  await run(process.execPath, ['dist/apps/cli/main.js', 'apply', file], env);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client whose server goes away (the embedded server stopping at the end, a restart)
  // emits `error` on the pool; unhandled, that event ends the process with status 1.
  pool.on('error', (error) => console.error(`bench: an idle database connection failed: ${error.message}`));
  try {
    if (want('one-service')) results.push(await scenario('one-service', pool, [SERVICES[0]]));
    if (want('fifty-services')) results.push(await scenario('fifty-services', pool, SERVICES));
    if (want('applications-list')) results.push(await applicationList(pool));
    if (want('webhooks')) results.push(await webhooks(pool));
    if (want('catalogue-search')) results.push(await catalogueSearch(env, pool));
    if (want('national-dashboard')) results.push(await nationalDashboard(env));
    if (want('live')) results.push(await live(pool));
  } finally {
    await pool.end();
  }
  report(results);
}

function report(results) {
  console.log('');
  for (const line of results) console.log(line);
}

/** GET /health/live through the whole pipeline beside a bare Fastify route (target >= 25%); with BENCH_LAYERS, each layer's CPU. */
async function liveness() {
  console.log(`\nbench liveness: GET /health/live, API and a bare Fastify route, ${connections} connections, ${seconds} s each`);
  const { api, bare } = await livenessScenario({
    apiUrl: `http://127.0.0.1:${port}`,
    apiPid: apiPid(),
    barePort: port + 1,
    connections,
    seconds,
  });
  console.log(
    `bench liveness: API ${Math.round(api.rate)}/s p99 ${api.p99} ms ${Math.round(api.cpuPerRequest)} µs CPU/request, ` +
      `bare Fastify ${Math.round(bare.rate)}/s p99 ${bare.p99} ms ${Math.round(bare.cpuPerRequest)} µs CPU/request`,
  );
  if (process.env.BENCH_LAYERS) {
    console.log(`bench liveness: CPU per request by layer (API profiled, ${seconds} s)`);
    const profiled = await profileLayers({
      inspectorPort: port + 2,
      apiUrl: `http://127.0.0.1:${port}`,
      connections,
      seconds,
      bundle: apiMain,
    });
    console.log(`bench liveness: ${profiled.requests} requests profiled (${Math.round(profiled.rate)}/s under the profiler)`);
    for (const { layer, perRequest } of profiled.layers) console.log(`  ${perRequest.toFixed(1).padStart(7)} µs  ${layer}`);
    const total = profiled.layers.reduce((sum, { perRequest }) => sum + perRequest, 0);
    console.log(`  ${total.toFixed(1).padStart(7)} µs  in all`);
  }
  const ratio = api.rate / bare.rate;
  const cpuRatio = bare.cpuPerRequest / api.cpuPerRequest;
  return (
    `bench liveness: api ${Math.round(api.rate)}/s floor (bare Fastify) ${Math.round(bare.rate)}/s ratio ${ratio.toFixed(2)} (target >= 0.25); ` +
    `CPU per request api ${Math.round(api.cpuPerRequest)} µs bare ${Math.round(bare.cpuPerRequest)} µs ratio ${cpuRatio.toFixed(2)}`
  );
}

async function scenario(name, pool, services) {
  const today = await serviceDate(pool);
  console.log(`\nbench ${name}: API, ${connections} connections, ${seconds} s, ${services.length} service(s)`);
  let next = 0;
  // The API's own CPU per ticket (from /proc): it holds on a machine others load, where tickets per second swing.
  const cpuBefore = cpuSeconds(api.pid);
  const apiRun = await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: `/v1/regions/${BENCH_REGION}/sites/${BENCH_SITE}/tickets`,
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              const service = services[next++ % services.length];
              return { ...request, body: JSON.stringify({ agencyCode: 'bench', serviceCode: service.code }) };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: true, renderLatencyTable: false });
  });
  const cpuPerTicket = ((cpuSeconds(api.pid) - cpuBefore) * 1e6) / apiRun.requests.total;
  const failures = apiRun.non2xx + apiRun.errors + apiRun.timeouts;
  // Completed requests over the run (autocannon's per-second average drops the last partial second).
  const apiRate = apiRun.requests.total / apiRun.duration;
  console.log(
    `bench ${name}: API ${Math.round(apiRate)}/s, p50 ${apiRun.latency.p50} ms, p99 ${apiRun.latency.p99} ms, ${Math.round(cpuPerTicket)} µs CPU/ticket, non-2xx ${apiRun.non2xx}, errors ${apiRun.errors}`,
  );
  await checkLines(pool, services, today, 'API');

  // The floors: the very statement the API runs, prepared, from as many clients as the API's
  // pool (10) and as autocannon's connections (32): through `pg` (one connection per loop, as
  // pgbench runs) and through pgbench itself when it is installed. Each on a day of its own,
  // each checked 1..N. The ratio is to the highest floor of the run.
  const floors = [];
  const days = ['2099-12-28', '2099-12-29', '2099-12-30', '2099-12-31'];
  for (const clients of [...new Set([poolSize, connections])]) {
    const floorPool = new pg.Pool({ connectionString: databaseUrl, max: clients });
    floorPool.on('error', (error) => console.error(`bench: an idle database connection failed: ${error.message}`));
    try {
      const day = days.shift();
      const result = await floorRun(floorPool, { clients, seconds, services, day, region: BENCH_REGION, site: BENCH_SITE });
      floors.push({ how: `pg prepared ${clients}c`, ...result });
      console.log(
        `bench ${name}: floor pg prepared, ${clients} clients: ${Math.round(result.rate)}/s p50 ${result.p50} ms p99 ${result.p99} ms`,
      );
      await checkLines(pool, services, day, `floor pg ${clients}c`);
    } finally {
      await floorPool.end();
    }
    if (pgbenchInstalled) {
      const day = days.shift();
      const result = await pgbenchRun(databaseUrl, { clients, seconds, services, day, region: BENCH_REGION, site: BENCH_SITE });
      floors.push({ how: `pgbench -M prepared ${clients}c`, ...result });
      console.log(
        `bench ${name}: floor pgbench -M prepared, ${clients} clients: ${Math.round(result.rate)}/s p50 ${result.p50} ms p99 ${result.p99} ms`,
      );
      await checkLines(pool, services, day, `floor pgbench ${clients}c`);
    }
  }
  if (failures > 0) throw new Error(`${failures} API requests failed in ${name}`);
  const best = floors.reduce((a, b) => (b.rate > a.rate ? b : a));
  const target = services.length === 1 ? 0.65 : 0.4;
  const ratio = apiRate / best.rate;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return (
    `bench ${name}: api ${Math.round(apiRate)}/s p99 ${apiRun.latency.p99} ms (target < 50 ms at ${connections} connections) ${Math.round(cpuPerTicket)} µs CPU/ticket ` +
    `floor ${Math.round(best.rate)}/s (${best.how}; ${floors.map((floor) => `${floor.how} ${Math.round(floor.rate)}/s`).join(', ')}) ` +
    `ratio ${ratio.toFixed(2)} (target >= ${target}) load ${load}`
  );
}

/** 5,000 SSE clients (BENCH_LIVE_CLIENTS) on five sites, calls timed to each for BENCH_LIVE_SECONDS (default 60). */
async function live(pool) {
  console.log(`\nbench live: boards and ticket pages on ${LIVE_SITES.length} sites`);
  return liveScenario(pool, {
    baseUrl: `http://127.0.0.1:${port}`,
    region: BENCH_REGION,
    sites: LIVE_SITES,
    services: SERVICES.slice(0, 2),
    otherService: SERVICES[2],
    apiPid: api.pid,
    clients: Number(process.env.BENCH_LIVE_CLIENTS ?? 5_000),
    seconds: Number(process.env.BENCH_LIVE_SECONDS ?? 60),
  });
}

/** 10,000 applications of one agency: its list, p95 through the API (target < 50 ms) beside the same query through pg. */
async function applicationList(pool) {
  console.log(`\nbench applications-list: seeding 10,000 applications of one agency`);
  await seedApplications(pool, { region: BENCH_REGION, agency: 'bench', service: SERVICES[0].code });
  // As autovacuum leaves a table after inserts (PostgreSQL 13+): statistics, and the visibility
  // map that lets the list's count read the agency's index alone instead of every row.
  await pool.query('VACUUM ANALYZE application');
  const login = await fetch(`http://127.0.0.1:${port}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.mpp.go.id', password: BENCH_PASSWORD }),
  });
  const { accessToken } = await login.json();
  const clients = Math.min(connections, 8);
  console.log(`bench applications-list: API and floor, ${clients} clients, ${seconds} s each`);
  const { api, floor } = await applicationListScenario(pool, {
    baseUrl: `http://127.0.0.1:${port}`,
    token: accessToken,
    region: BENCH_REGION,
    agency: 'bench',
    clients,
    seconds,
  });
  console.log(`bench applications-list: API ${Math.round(api.rate)}/s p50 ${api.p50} ms p95 ${api.p95} ms p99 ${api.p99} ms`);
  console.log(`bench applications-list: floor ${Math.round(floor.rate)}/s p50 ${floor.p50} ms p95 ${floor.p95} ms p99 ${floor.p99} ms`);
  return `bench applications-list: api p95 ${api.p95} ms (target < 50 ms) ${Math.round(api.rate)}/s floor p95 ${floor.p95} ms ${Math.round(floor.rate)}/s ratio ${(api.rate / floor.rate).toFixed(2)}`;
}

/** Webhook deliveries/s from the API's relay to a local receiver (target >= 200/s) beside the same client posting directly. */
async function webhooks(pool) {
  console.log(`\nbench webhooks: 5,000 outbox events to one subscription on a local receiver`);
  const { apiRate, floorRate, duplicates } = await webhooksScenario(pool, { region: BENCH_REGION });
  console.log(`bench webhooks: API relay ${Math.round(apiRate)}/s, floor (client straight at the receiver) ${Math.round(floorRate)}/s`);
  return `bench webhooks: api ${Math.round(apiRate)} deliveries/s (target >= 200/s) floor ${Math.round(floorRate)}/s ratio ${(apiRate / floorRate).toFixed(2)} duplicates ${duplicates}`;
}

/** Every kabupaten/kota deployed from the national templates, then searched (target p95 < 20 ms at 8 connections). */
async function catalogueSearch(env, pool) {
  const perRegion = process.env.BENCH_SERVICES_PER_REGION ?? '150';
  console.log(
    `\nbench catalogue-search: deploying every region from the national templates, ${perRegion} services each (npm run mpp -- national-catalogue)`,
  );
  await run(
    process.execPath,
    [
      'dist/apps/cli/main.js',
      'national-catalogue',
      '--services-per-region',
      perRegion,
      ...(process.env.BENCH_REGIONS ? ['--regions', process.env.BENCH_REGIONS] : []),
    ],
    env,
  );
  const clients = Math.min(connections, 8);
  console.log(
    `bench catalogue-search: API, then the query alone (the same prepared SQL through pg), ${clients} connections, ${seconds} s each`,
  );
  const { regions, services, server, api, floor, load } = await catalogueSearchScenario(pool, {
    baseUrl: `http://127.0.0.1:${port}`,
    connections: clients,
    seconds,
    apiPid: apiPid(),
    // The embedded server's runner, its postmaster and backends (their CPU is read from /proc); none with DATABASE_URL.
    postgresPid: process.env.DATABASE_URL ? undefined : JSON.parse(readFileSync(path.join(work, 'postgres', 'server.json'), 'utf8')).pid,
  });
  const figures = (run) => `${Math.round(run.rate)}/s p50 ${run.p50} ms p95 ${run.p95} ms p99 ${run.p99} ms`;
  console.log(
    `bench catalogue-search: ${regions} regions, ${services} services; load average ${load.api} (API run), ${load.floor} (query run), ${os.cpus().length} CPUs`,
  );
  console.log(`bench catalogue-search: API ${figures(api)} (target p95 < 20 ms)`);
  console.log(`bench catalogue-search: CPU per search: API process ${api.cpu.api} ms, PostgreSQL ${api.cpu.postgres} ms`);
  console.log(`bench catalogue-search: query alone ${figures(floor)}`);
  console.log(`bench catalogue-search: inside PostgreSQL (EXPLAIN ANALYZE, planning + execution, 25 regions each), median / worst ms:`);
  for (const time of server) console.log(`  ${time.median.toFixed(2)} / ${time.worst.toFixed(2)}  ${time.search || '(empty)'}`);
  const slowest = server.reduce((worst, time) => (time.median > worst.median ? time : worst));
  return `bench catalogue-search: api ${figures(api)} (target p95 < 20 ms), query alone ${figures(floor)}, in PostgreSQL slowest median ${slowest.median.toFixed(2)} ms ("${slowest.search}"), CPU per search API ${api.cpu.api} ms + PostgreSQL ${api.cpu.postgres} ms, ${clients} connections, ${services} services, load ${load.api}/${load.floor}`;
}

/** The API process's pid (a function: scenarios name their own results `api`). */
function apiPid() {
  return api.pid;
}

/** The national demo loaded, then every dashboard request through the API's forwarding (target p95 < 300 ms each). */
async function nationalDashboard(env) {
  console.log(`\nbench national-dashboard: starting the admin app on 127.0.0.1:${port + 1}`);
  admin = spawn(process.execPath, ['dist/apps/admin/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  await waitReady(`http://127.0.0.1:${port + 1}/health/ready`, 90_000);
  const perDay = process.env.BENCH_TICKETS_PER_DAY ?? '12';
  console.log(`bench national-dashboard: loading the national demo (npm run mpp -- national-demo --tickets-per-day ${perDay})`);
  const started = Date.now();
  await run(
    process.execPath,
    [
      'dist/apps/cli/main.js',
      'national-demo',
      '--tickets-per-day',
      perDay,
      ...(process.env.BENCH_REGIONS ? ['--regions', process.env.BENCH_REGIONS] : []),
    ],
    env,
  );
  console.log(`bench national-dashboard: demo loaded in ${Math.round((Date.now() - started) / 1000)} s`);
  const login = await fetch(`http://127.0.0.1:${port}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.mpp.go.id', password: BENCH_PASSWORD }),
  });
  const { accessToken } = await login.json();
  const clients = Math.min(connections, 4);
  console.log(`bench national-dashboard: each request alone, ${clients} connections, ${seconds} s`);
  const results = await nationalDashboardScenario({ baseUrl: `http://127.0.0.1:${port}`, token: accessToken, clients, seconds });
  const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const over = results.filter((result) => result.p95 >= TARGET_P95_MS).map((result) => result.name);
  const each = results.map((result) => `${result.name} ${result.p95}`).join(', ');
  return `bench national-dashboard: p95 per request (target < ${TARGET_P95_MS} ms each): ${each} ms; worst ${worst.p95} ms (${worst.name})${over.length ? ` OVER: ${over.join(', ')}` : ' all under'} load ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`;
}

async function serviceDate(pool) {
  const { rows } = await pool.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS day`);
  return rows[0].day;
}

/** Every line numbered 1..N: as many tickets as the highest number, none twice. */
async function checkLines(pool, services, day, who) {
  // The API's day is the mall's (Asia/Jakarta): a run across midnight spans two; a floor's day is its own.
  const around = who === 'API' ? 1 : 0;
  const { rows } = await pool.query(
    `SELECT prefix, count(*)::int AS tickets, count(DISTINCT sequence)::int AS distinct_numbers, coalesce(max(sequence), 0)::int AS highest
     FROM ticket WHERE region_code = $1 AND site_code = $2 AND service_date >= $3::date - $5::int AND service_date <= $3::date + $5::int
       AND prefix = ANY($4) GROUP BY prefix, service_date`,
    [BENCH_REGION, BENCH_SITE, day, services.map((service) => service.prefix), around],
  );
  const bad = rows.filter((row) => row.tickets !== row.distinct_numbers || row.tickets !== row.highest);
  const total = rows.reduce((sum, row) => sum + row.tickets, 0);
  if (bad.length > 0) throw new Error(`${who}: lines with a duplicate or a gap: ${JSON.stringify(bad)}`);
  console.log(`bench: ${who} left ${total} tickets in ${rows.length} line(s), each numbered 1..N with no duplicate and no gap`);
}

async function waitReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}) before it was ready:\n${apiLog.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the API was not ready at ${url}`);
}

async function stop() {
  // The admin app uses the API's embedded server: it stops first.
  if (admin && admin.exitCode === null) {
    await new Promise((resolve) => {
      admin.once('exit', resolve);
      admin.kill('SIGTERM');
    });
  }
  if (api && api.exitCode === null) {
    await new Promise((resolve) => {
      api.once('exit', resolve);
      api.kill('SIGTERM');
    });
  }
  await dropDatabase().catch((error) => console.error(`bench: could not drop the bench database: ${error.message}`));
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}

void ISSUE_SQL;
main()
  .then(stop)
  .catch(async (error) => {
    console.error(`bench: ${error.message}`);
    await stop();
    process.exit(1);
  });
