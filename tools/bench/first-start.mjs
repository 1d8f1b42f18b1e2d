// `node tools/bench/first-start.mjs [DIR]`: how long `npm start` takes until both apps answer
// /health/ready, from a fresh clone with no build cache (first start) and again (second start).
// DIR is a clone where `npm ci` has run (its dist/, .nx/ and .data/ are removed first: no build,
// no database); without DIR, the current commit is cloned into a temporary folder and `npm ci`
// run there (minutes). Nx keeps its cache outside the clone (under ~/.nx, shared by every
// checkout), so both starts get a new empty cache folder of their own. Also counts the "Falling
// back to ts-node" lines Nx prints. Ports: PORT (default 3700) and ADMIN_PORT (default 3701).
//   first-start: first <s> s (target < 15 s; api <s> s, admin <s> s), second <s> s (target < 5 s), ts-node fallbacks <n> (target 0)
// The machine's load average is printed beside: on a shared machine the figures move with it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const apiPort = process.env.PORT ?? '3700';
const adminPort = process.env.ADMIN_PORT ?? '3701';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

let dir = process.argv[2];
let cleanup = () => undefined;
if (!dir) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'mpp-first-start-'));
  dir = path.join(parent, 'clone');
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  console.log(`first-start: cloning ${commit.slice(0, 10)} into ${dir} and running npm ci`);
  execFileSync('git', ['clone', '--quiet', root, dir], { stdio: 'inherit' });
  execFileSync('git', ['checkout', '--quiet', commit], { cwd: dir, stdio: 'inherit' });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  cleanup = () => rmSync(parent, { recursive: true, force: true });
}

if (process.argv[2]) for (const folder of ['dist', '.nx', '.data']) rmSync(path.join(dir, folder), { recursive: true, force: true });
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mpp-first-start-nx-cache-'));

async function start(label) {
  const began = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: apiPort, ADMIN_PORT: adminPort, NX_DAEMON: 'false', NX_CACHE_DIRECTORY: cacheDir, LOG_LEVEL: 'warn' },
  });
  let fallbacks = 0;
  const count = (chunk) => (fallbacks += (chunk.toString().match(/Falling back to ts-node/g) ?? []).length);
  child.stdout.on('data', count);
  child.stderr.on('data', count);
  const ready = {};
  const deadline = Date.now() + 300_000;
  while ((!ready.api || !ready.admin) && Date.now() < deadline && child.exitCode === null) {
    for (const [name, port] of [
      ['api', apiPort],
      ['admin', adminPort],
    ]) {
      if (ready[name]) continue;
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) ready[name] = (performance.now() - began) / 1000;
      } catch {
        // not listening yet
      }
    }
    await sleep(100);
  }
  // npm start stops the admin app, then the API (and its database), on SIGTERM.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  // The apps run in process groups of their own: wait until neither port answers any more.
  for (const port of [apiPort, adminPort]) {
    for (let tries = 0; tries < 300 && (await answers(port)); tries += 1) await sleep(100);
  }
  if (!ready.api || !ready.admin)
    throw new Error(`${label}: not ready within 300 s (api ${ready.api ?? '-'}, admin ${ready.admin ?? '-'})`);
  const total = Math.max(ready.api, ready.admin);
  console.log(
    `first-start: ${label} start ready in ${total.toFixed(1)} s (api ${ready.api.toFixed(1)} s, admin ${ready.admin.toFixed(1)} s), ts-node fallbacks ${fallbacks}`,
  );
  return { total, ...ready, fallbacks };
}

async function answers(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/health/live`);
    return true;
  } catch {
    return false;
  }
}

for (const port of [apiPort, adminPort]) if (await answers(port)) throw new Error(`port ${port} is taken: set PORT and ADMIN_PORT`);
try {
  const first = await start('first');
  const second = await start('second');
  console.log(
    `first-start: first ${first.total.toFixed(1)} s (target < 15 s; api ${first.api.toFixed(1)} s, admin ${first.admin.toFixed(1)} s), ` +
      `second ${second.total.toFixed(1)} s (target < 5 s), ts-node fallbacks ${first.fallbacks + second.fallbacks} (target 0), ` +
      `load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
  cleanup();
}
