import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';

import * as argon2 from 'argon2';
import { createJiti } from 'jiti';

import { percentiles } from './floor.mjs';

// Board tokens are minted as the admin app mints them, from the source.
const jiti = createJiti(import.meta.url);
const { newKeyPrefix, newSecret } = await jiti.import('../../libs/platform/src/access/secret-token.ts');

/**
 * `npm run bench -- live`: one API instance holds `clients` server-sent-event streams, boards
 * (10 per site) and ticket pages (one per waiting ticket, as phones would be) on several sites;
 * counters then call, one line after another, and every call is timed to every client it
 * changes (the site's boards get `called`, the line's pages their new place, the called
 * ticket's page its counter) from the moment the call is sent. Meanwhile citizens take tickets
 * and read pages on other lines: they must all succeed. Memory: the API's RSS before and after
 * the clients connect, then sampled through the calls (its slope says whether it grows).
 */
export async function liveScenario(pool, options) {
  const { baseUrl, region, sites, services, apiPid, seconds } = options;
  const token = await supervisorToken(pool, baseUrl, region);
  const boardsPerSite = 10;
  const pagesPerLine = Math.ceil((options.clients - boardsPerSite * sites.length) / (sites.length * services.length));
  const lines = sites.flatMap((site) =>
    services.map((service, index) => ({ site, service, counter: `loket-${sites.indexOf(site) * services.length + index + 1}` })),
  );

  // Waiting tickets, one page each: through the API, as citizens take them (a 503, the pool
  // busy on this loaded machine, is retried as a phone would).
  let takeRetries = 0;
  const takeTicket = async (line) => {
    for (let attempt = 0; ; attempt++) {
      const taken = await post(`${baseUrl}/v1/regions/${region}/sites/${line.site}/tickets`, {
        agencyCode: 'bench',
        serviceCode: line.service.code,
      });
      if (taken.status === 201) return taken.body;
      if (taken.status !== 503 || attempt >= 5)
        throw new Error(`bench live: taking a ticket answered ${taken.status} ${JSON.stringify(taken.body)}`);
      takeRetries++;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  console.log(
    `bench live: taking ${pagesPerLine * lines.length} tickets (${pagesPerLine} in each of ${lines.length} lines on ${sites.length} sites)`,
  );
  for (const line of lines) {
    line.tickets = [];
    for (let i = 0; i < pagesPerLine; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, pagesPerLine - i) }, () => takeTicket(line)));
      line.tickets.push(...batch);
    }
  }

  const boards = [];
  for (const site of sites) {
    for (let i = 0; i < boardsPerSite; i++) boards.push({ site, token: await boardToken(pool, region, site) });
  }

  if (takeRetries > 0) console.log(`bench live: ${takeRetries} ticket requests retried after 503`);
  const rssBefore = rssOf(apiPid);
  console.log(`bench live: API RSS ${mb(rssBefore)} MB; opening ${boards.length} boards and ${pagesPerLine * lines.length} ticket pages`);
  const streams = [];
  const opening = [
    ...boards.map(
      (board) => () =>
        openStream(
          `${baseUrl}/v1/regions/${region}/sites/${board.site}/board/events`,
          { 'x-device-token': board.token },
          { kind: 'board', site: board.site },
        ),
    ),
    ...lines.flatMap((line) =>
      line.tickets.map(
        (ticket) => () => openStream(`${baseUrl}/v1/regions/${region}/tickets/${ticket.id}/events`, {}, { kind: 'page', line, ticket }),
      ),
    ),
  ];
  const began = performance.now();
  // Phones and boards come in over time: 25 at once, each retried as a board retries (after a
  // 503, the database busy) and the retries counted.
  let retries = 0;
  const openWithRetry = async (open) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await open();
      } catch (error) {
        if (!/: 503$/.test(error.message) || attempt >= 5) throw error;
        retries++;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  for (let i = 0; i < opening.length; i += 25) streams.push(...(await Promise.all(opening.slice(i, i + 25).map(openWithRetry))));
  await Promise.all(streams.map((stream) => stream.first));
  const rssOpen = rssOf(apiPid);
  console.log(
    `bench live: ${streams.length} streams open with their first event in ${((performance.now() - began) / 1000).toFixed(1)} s (${retries} retried after 503); API RSS ${mb(rssOpen)} MB, ${((rssOpen - rssBefore) / streams.length / 1024).toFixed(1)} KB per client`,
  );

  for (const line of lines) {
    await post(
      `${baseUrl}/v1/regions/${region}/agencies/bench/counters/${line.counter}/open`,
      { siteCode: line.site, services: [line.service.code] },
      token,
    );
  }

  // Citizens and officers elsewhere while the calls go on: tickets of another service, and pages read.
  const side = { ok: 0, failed: 0, latencies: [] };
  let calling = true;
  const citizens = (async () => {
    const other = options.otherService;
    while (calling) {
      const started = performance.now();
      const taken = await post(`${baseUrl}/v1/regions/${region}/sites/${sites[0]}/tickets`, {
        agencyCode: 'bench',
        serviceCode: other.code,
      }).catch((error) => ({ status: 0, error }));
      const read =
        taken.status === 201
          ? await get(`${baseUrl}/v1/regions/${region}/tickets/${taken.body.id}`).catch(() => ({ status: 0 }))
          : { status: 0 };
      side.latencies.push(performance.now() - started);
      if (taken.status === 201 && read.status === 200) side.ok++;
      else side.failed++;
    }
  })();

  const latencies = [];
  const samples = [];
  let calls = 0;
  let missed = 0;
  let officerFailures = 0;
  const until = Date.now() + seconds * 1000;
  const callStart = Date.now();
  samples.push({ at: 0, rss: rssOf(apiPid) });
  while (Date.now() < until) {
    const line = lines[calls % lines.length];
    if (line.tickets.length === 0) break;
    const expected = streams.filter(
      (stream) =>
        (stream.meta.kind === 'board' && stream.meta.site === line.site) ||
        (stream.meta.kind === 'page' && stream.meta.line === line && stream.waiting),
    );
    const heard = expected.map((stream) => stream.nextChange());
    const sent = performance.now();
    const called = await post(`${baseUrl}/v1/regions/${region}/agencies/bench/counters/${line.counter}/call-next`, {}, token);
    if (called.status !== 200) officerFailures++;
    const number = called.body?.ticket?.number;
    const results = await Promise.all(heard.map((promise) => withTimeout(promise, 5_000)));
    for (const at of results) {
      if (at === undefined) missed++;
      else latencies.push(at - sent);
    }
    for (const stream of expected) if (stream.meta.kind === 'page' && stream.meta.ticket.number === number) stream.waiting = false;
    line.tickets = line.tickets.filter((ticket) => ticket.number !== number);
    const skipped = await post(`${baseUrl}/v1/regions/${region}/agencies/bench/counters/${line.counter}/skip`, {}, token);
    if (skipped.status !== 200) officerFailures++;
    calls++;
    if (calls % 20 === 0) samples.push({ at: (Date.now() - callStart) / 1000, rss: rssOf(apiPid) });
  }
  calling = false;
  await citizens;
  const slope = slopeOf(samples);
  const { p50, p99 } = percentiles(latencies);
  const sideTimes = percentiles(side.latencies);
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  console.log(
    `bench live: ${calls} calls in ${((Date.now() - callStart) / 1000).toFixed(0)} s, ${latencies.length} deliveries timed, ${missed} missed (5 s)`,
  );
  console.log(`bench live: call to client p50 ${p50} ms p99 ${p99} ms (target p99 <= 200 ms)`);
  console.log(
    `bench live: API RSS through the calls: ${samples.map((sample) => `${sample.at.toFixed(0)}s ${mb(sample.rss)}MB`).join(', ')}`,
  );
  console.log(
    `bench live: officers' call-next/skip failures ${officerFailures}; citizens elsewhere ${side.ok} ok, ${side.failed} failed, p99 ${sideTimes.p99} ms`,
  );
  for (const stream of streams) stream.close();
  return (
    `bench live: ${streams.length} clients, ${calls} calls, call to client p50 ${p50} ms p99 ${p99} ms (target <= 200 ms), missed ${missed}; ` +
    `memory ${((rssOpen - rssBefore) / streams.length / 1024).toFixed(1)} KB/client, slope ${(slope / 1024 / 1024).toFixed(2)} MB/min over ${samples.at(-1)?.at.toFixed(0) ?? 0} s; ` +
    `officer failures ${officerFailures}, citizens ${side.ok} ok ${side.failed} failed p99 ${sideTimes.p99} ms; load ${load}`
  );
}

/** An SSE client: resolves `first` on the first event; `nextChange()` resolves with the time the next content event arrives. */
function openStream(url, headers, meta) {
  return new Promise((resolve, reject) => {
    const stream = { meta, waiting: meta.kind === 'page', waiters: [], close: () => request.destroy() };
    let firstResolve;
    stream.first = new Promise((done) => (firstResolve = done));
    stream.nextChange = () => new Promise((done) => stream.waiters.push(done));
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`${url}: ${response.statusCode}`));
        return;
      }
      resolve(stream);
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(message)?.[1];
          if (type === 'heartbeat' || type === undefined) continue;
          const at = performance.now();
          if (type === 'board' || (meta.kind === 'page' && !stream.seen)) {
            stream.seen = true;
            firstResolve();
            continue;
          }
          // Boards: a call; pages: their new page.
          if (meta.kind === 'board' && type !== 'called') continue;
          for (const waiter of stream.waiters.splice(0)) waiter(at);
        }
      });
    });
    request.on('error', reject);
  });
}

/** An agency supervisor of `bench` (acts at any of its counters), signed in through the API. */
async function supervisorToken(pool, baseUrl, region) {
  const email = `supervisor-${randomUUID().slice(0, 8)}@bench.mpp.go.id`;
  const password = randomUUID();
  await pool.query(
    `INSERT INTO staff_account (id, email, display_name, password_hash, role, region_code, agency_code) VALUES ($1, $2, 'Bench supervisor', $3, 'agency_supervisor', $4, 'bench')`,
    [randomUUID(), email, await argon2.hash(password, { type: argon2.argon2id }), region],
  );
  const login = await post(`${baseUrl}/v1/auth/login`, { email, password });
  if (login.status !== 200) throw new Error(`bench live: the supervisor could not sign in (${login.status})`);
  return login.body.accessToken;
}

async function boardToken(pool, region, site) {
  const prefix = newKeyPrefix();
  const { secret, hash } = newSecret();
  await pool.query(
    `INSERT INTO device (region_code, id, site_code, kind, name, token_prefix, token_hash, created_by) VALUES ($1, $2, $3, 'board', 'Bench board', $4, $5, 'bench')`,
    [region, randomUUID(), site, prefix, hash],
  );
  return `mppd_${prefix}_${secret}`;
}

function request(method, url, body, token) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const req = http.request(url, { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const post = (url, body, token) => request('POST', url, body, token);
const get = (url, token) => request('GET', url, undefined, token);

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

/** Least-squares slope of RSS over time, in bytes per minute. */
function slopeOf(samples) {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((sum, s) => sum + s.at, 0) / n;
  const my = samples.reduce((sum, s) => sum + s.rss, 0) / n;
  const sxy = samples.reduce((sum, s) => sum + (s.at - mx) * (s.rss - my), 0);
  const sxx = samples.reduce((sum, s) => sum + (s.at - mx) ** 2, 0);
  return sxx === 0 ? 0 : (sxy / sxx) * 60;
}
