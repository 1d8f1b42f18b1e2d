import { randomUUID } from 'node:crypto';

import { createJiti } from 'jiti';

// The statement the API runs, read from its source so the floor can never drift from it.
const jiti = createJiti(import.meta.url);
export const { ISSUE_TICKET_SQL: ISSUE_SQL } = await jiti.import('../../libs/persistence/src/queue/issue-ticket-sql.ts');

/**
 * Runs the ticket statement straight through `pg` from `clients` concurrent loops for
 * `seconds`, round-robin over `services`, on a day of its own; returns the rate and latencies.
 * The statement is prepared once per connection and then only bound and executed, as
 * `pgbench -M prepared` runs it: the fastest way a client can issue it, so the API's ratio to
 * this floor is honest (unprepared, every call is parsed and planned again and the floor sinks).
 */
export async function floorRun(pool, { clients, seconds, services, day, region, site }) {
  const until = Date.now() + seconds * 1000;
  const latencies = [];
  let next = 0;
  const loop = async () => {
    while (Date.now() < until) {
      const service = services[next++ % services.length];
      const started = performance.now();
      await pool.query({
        name: 'bench-issue-ticket',
        text: ISSUE_SQL,
        values: [region, site, service.prefix, day, 'bench', service.code, 2_147_483_647, randomUUID(), 'online', null, null, null, null],
      });
      latencies.push(performance.now() - started);
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, loop));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0);
  return { rate: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}
