// `npm start`: builds and runs the API and admin apps together. The API is started first and
// owns the embedded PostgreSQL (when DATABASE_URL is unset); the admin app and the CLI are built
// meanwhile, then the admin app attaches while the CLI applies the sample regions. On Ctrl-C
// or SIGTERM the admin app stops first and the API last, so the database outlives every
// client of it. Builds are Nx's, cached: a second start rebuilds nothing.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Nx's own entry point, found through its package.json rather than a path that may move. */
const nxPackage = createRequire(import.meta.url).resolve('nx/package.json');
const nxBin = path.join(path.dirname(nxPackage), JSON.parse(readFileSync(nxPackage, 'utf8')).bin.nx);

const host = process.env.HOST || '127.0.0.1';
const apiPort = process.env.PORT || '3000';
const readyUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${apiPort}/health/ready`;

// The embedded demo signs in with the demo accounts whose passwords the README shows; never
// with your own database (the apps refuse MPP_DEMO_ACCOUNTS together with DATABASE_URL).
const demoEnv = !process.env.DATABASE_URL && process.env.MPP_DEMO_ACCOUNTS === undefined ? { MPP_DEMO_ACCOUNTS: 'true' } : {};

const children = [];
let stopping = false;

function startApp(name) {
  // Own process group: a Ctrl-C reaches this script, which then stops the apps in order.
  const child = spawn(process.execPath, [`dist/apps/${name}/main.js`], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, ...demoEnv },
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`start: ${name} exited (code ${code}, signal ${signal}); stopping the rest`);
      void stopAll(code ?? 1);
    }
  });
  children.push({ name, child });
  return child;
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of [...children].reverse()) await stopChild(child);
  process.exit(code);
}

async function waitUntilReady(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(readyUrl);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the API was not ready at ${readyUrl} within ${timeoutMs / 1000} s`);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

// All four builds at once, in two Nx runs: the API's (with the web app's files it serves,
// decision 0020) and the admin app's with the CLI's. A citizen-facing API is ready soonest; the
// admin app's build no longer waits for the API's to finish.
const apiBuild = build(['api', 'web']);
const otherBuilds = build(['admin', 'cli']);
otherBuilds.catch(() => undefined); // awaited below; this only keeps an early failure from crashing the script
try {
  await apiBuild;
} catch (error) {
  console.error(`start: ${error.message}`);
  await otherBuilds.catch(() => undefined);
  process.exit(1);
}
startApp('api');
try {
  await waitUntilReady(120_000);
  await otherBuilds;
} catch (error) {
  console.error(`start: ${error.message}`);
  await stopAll(1);
}
if (!stopping) {
  // The admin app needs no sample data to start: it starts while the samples are applied.
  startApp('admin');
  await applySampleRegions();
}

function build(projects) {
  return new Promise((resolve, reject) => {
    const nx = spawn(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], {
      stdio: 'inherit',
      // Plugins in the Nx process itself rather than a worker process each: a cached build is
      // about a second instead of three and a half here, and a second start is mostly that.
      env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_ISOLATE_PLUGINS: process.env.NX_ISOLATE_PLUGINS ?? 'false' },
    });
    nx.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building ${projects.join(', ')} failed (exit ${code})`))));
  });
}

/**
 * The embedded demo shows real data: on first start the sample regions are applied with the
 * CLI, which attaches to the API's embedded PostgreSQL. Regions already deployed (say, edited
 * through the admin API since) are left alone. With DATABASE_URL, nothing is applied.
 */
async function applySampleRegions() {
  if (process.env.DATABASE_URL) return;
  const samples = readdirSync('deployments')
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `deployments/${file}`);
  const code = await new Promise((resolve) => {
    const cli = spawn(process.execPath, ['dist/apps/cli/main.js', 'apply', '--if-absent', ...samples], { stdio: 'inherit' });
    cli.on('exit', resolve);
  });
  if (code !== 0) console.error(`start: applying the sample regions failed (exit ${code}); the apps run without them`);
}
