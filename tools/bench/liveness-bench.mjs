import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * GET /health/live through the API's whole request pipeline beside a bare Fastify route that
 * answers the same, in a process of its own, on the same machine. The two are measured in
 * alternating halves (API, bare, API, bare) so a neighbour's load falls on both alike. Each
 * server's CPU time (from /proc) is read around its loads too: CPU per request holds on a
 * machine that others load, where requests per second swing with their load.
 */
export async function livenessScenario({ apiUrl, apiPid, barePort, connections, seconds }) {
  const bare = await startBareFastify(barePort);
  try {
    const bareUrl = `http://127.0.0.1:${barePort}`;
    for (const url of [apiUrl, bareUrl]) {
      const response = await fetch(`${url}/health/live`);
      if (response.status !== 200) throw new Error(`${url}/health/live answered ${response.status}`);
    }
    const half = Math.max(1, seconds / 2);
    const totals = { api: { requests: 0, seconds: 0, cpu: 0, p99: [] }, bare: { requests: 0, seconds: 0, cpu: 0, p99: [] } };
    const pids = { api: apiPid, bare: bare.pid };
    for (let round = 0; round < 2; round += 1) {
      for (const [who, url] of [
        ['api', apiUrl],
        ['bare', bareUrl],
      ]) {
        const cpuBefore = cpuSeconds(pids[who]);
        const result = await load(url, connections, half);
        totals[who].cpu += cpuSeconds(pids[who]) - cpuBefore;
        if (result.non2xx + result.errors + result.timeouts > 0)
          throw new Error(`${who}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        totals[who].requests += result.requests.total;
        totals[who].seconds += result.duration;
        totals[who].p99.push(result.latency.p99);
      }
    }
    const rate = (who) => totals[who].requests / totals[who].seconds;
    const cpuPerRequest = (who) => (totals[who].cpu * 1e6) / totals[who].requests;
    return {
      api: { rate: rate('api'), p99: Math.max(...totals.api.p99), cpuPerRequest: cpuPerRequest('api') },
      bare: { rate: rate('bare'), p99: Math.max(...totals.bare.p99), cpuPerRequest: cpuPerRequest('bare') },
    };
  } finally {
    bare.kill('SIGTERM');
  }
}

export function load(url, connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${url}/health/live`, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** A process's CPU time so far (user + system), from /proc/<pid>/stat; NaN where there is no /proc. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function startBareFastify(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'bare-fastify.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('exit', (code) => reject(new Error(`the bare Fastify server exited (${code}) before it listened`)));
    child.stdout.once('data', () => resolve(child));
  });
}
