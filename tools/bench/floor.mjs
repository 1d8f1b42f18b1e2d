import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createJiti } from 'jiti';

// The statement the API runs, read from its source so the floor can never drift from it.
const jiti = createJiti(import.meta.url);
export const { ISSUE_TICKET_SQL: ISSUE_SQL } = await jiti.import('../../libs/persistence/src/queue/issue-ticket-sql.ts');

/** p50/p99 in ms of latencies in ms. */
export function percentiles(latencies) {
  latencies.sort((a, b) => a - b);
  const at = (fraction) => Number((latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0).toFixed(1));
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Runs the ticket statement straight through `pg` from `clients` concurrent loops for
 * `seconds`, round-robin over `services`, on a day of its own; returns the rate and latencies.
 * Each loop holds one connection of its own and the statement is prepared once per connection
 * and then only bound and executed, as `pgbench -M prepared` runs it: the fastest way a client
 * can issue it, so the API's ratio to this floor is honest.
 */
export async function floorRun(pool, { clients, seconds, services, day, region, site }) {
  const until = Date.now() + seconds * 1000;
  const latencies = [];
  let next = 0;
  const connections = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
  const loop = async (client) => {
    while (Date.now() < until) {
      const service = services[next++ % services.length];
      const started = performance.now();
      await client.query({
        name: 'bench-issue-ticket',
        text: ISSUE_SQL,
        values: [region, site, service.prefix, day, 'bench', service.code, 2_147_483_647, randomUUID(), 'online', null, null, null, null],
      });
      latencies.push(performance.now() - started);
    }
  };
  const began = performance.now();
  try {
    await Promise.all(connections.map(loop));
  } finally {
    for (const client of connections) client.release();
  }
  const elapsed = (performance.now() - began) / 1000;
  return { rate: latencies.length / elapsed, ...percentiles(latencies) };
}

const literal = (value) => `'${String(value).replaceAll("'", "''")}'`;

/**
 * The same statement through `pgbench -M prepared` (when pgbench is installed): one script per
 * service, chosen with equal weight, the parameters written in as typed constants and the
 * ticket id drawn by the server. Returns the rate and latencies from pgbench's own log.
 */
export async function pgbenchRun(databaseUrl, { clients, seconds, services, day, region, site }) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mpp-pgbench-'));
  try {
    const scripts = services.map((service, index) => {
      const values = [
        `${literal(region)}::varchar`,
        `${literal(site)}::varchar`,
        `${literal(service.prefix)}::varchar`,
        `${literal(day)}::date`,
        `${literal('bench')}::varchar`,
        `${literal(service.code)}::varchar`,
        '2147483647',
        'gen_random_uuid()',
        `'online'::varchar`,
        'NULL::varchar',
        'NULL::uuid',
        'NULL::timestamptz',
        'NULL::text',
      ];
      // Highest first, so $1 is not replaced inside $10..$13. pgbench reads `:name` as a
      // variable, so the colons of the timestamp format are spelled chr(58) here.
      let text = ISSUE_SQL.replace(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`, `('YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"')`);
      if (/[^:]:[A-Za-z]/.test(text.replaceAll('::', '')))
        throw new Error('the issuing statement has a colon pgbench would read as a variable');
      for (let n = values.length; n >= 1; n--) text = text.replaceAll(`$${n}`, values[n - 1]);
      const file = path.join(folder, `issue-${index}.sql`);
      writeFileSync(file, `${text.replace(/\s+/g, ' ').trim()};\n`);
      return file;
    });
    const args = [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-l',
      '--log-prefix',
      path.join(folder, 'log'),
    ];
    for (const file of scripts) args.push('-f', `${file}@1`);
    args.push(databaseUrl);
    const output = await new Promise((resolve, reject) => {
      const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited ${code}: ${text.slice(-2000)}`))));
    });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
    if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
    const latencies = [];
    for (const name of readdirSync(folder).filter((entry) => entry.startsWith('log'))) {
      for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) {
        const fields = line.split(' ');
        if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
      }
    }
    return { rate: Number(tps[1]), ...percentiles(latencies) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
