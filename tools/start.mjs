// `npm start`: builds and runs the API and admin apps together. The API is started first and
// owns the embedded PostgreSQL (when DATABASE_URL is unset); the admin app and the CLI are built
// meanwhile, then the admin app attaches while the CLI applies the sample regions. On Ctrl-C
// or SIGTERM the admin app stops first and the API last, so the database outlives every
// client of it. Builds are Nx's, cached: a second start rebuilds nothing (`--no-build` runs
// what dist/ holds).
//
// However the launcher ends, the apps end with it (decision 0009): each app watches that its
// parent is still this launcher (MPP_LAUNCHER_PID) and stops as on SIGTERM when it is not, and
// the API's embedded PostgreSQL runner stops the server when the API goes. The launcher in turn
// watches npm (through the `sh -c` npm runs scripts in), so `kill -9` of npm stops it all too.
// A second start while one runs says what runs and how to stop it (MPP_DATA_DIR/launcher.json).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { describeRunning, removeLauncherState, runningLauncher, writeLauncherState } from './start/launcher-state.mjs';
import { commandOf, listenerOf, nameOf, parentOf } from './start/process-table.mjs';

/** Nx's own entry point, found through its package.json rather than a path that may move. */
const nxPackage = createRequire(import.meta.url).resolve('nx/package.json');
const nxBin = path.join(path.dirname(nxPackage), JSON.parse(readFileSync(nxPackage, 'utf8')).bin.nx);

const host = process.env.HOST || '127.0.0.1';
const apiPort = process.env.PORT || '3000';
const adminPort = process.env.ADMIN_PORT || '3001';
const dataDir = path.resolve(process.env.MPP_DATA_DIR || '.data');
const skipBuild = process.argv.includes('--no-build');
const readyUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${apiPort}/health/ready`;

// The embedded demo signs in with the demo accounts whose passwords the README shows; never
// with your own database (the apps refuse MPP_DEMO_ACCOUNTS together with DATABASE_URL).
const demoEnv = !process.env.DATABASE_URL && process.env.MPP_DEMO_ACCOUNTS === undefined ? { MPP_DEMO_ACCOUNTS: 'true' } : {};

const children = [];
/** Builds and the sample-region CLI: stopped with the apps, but their end stops nothing. */
const helpers = new Set();
let stopping = false;

const state = {
  pid: process.pid,
  command: process.env.npm_lifecycle_event ? `npm ${process.env.npm_lifecycle_event}` : 'node tools/start.mjs',
  cwd: process.cwd(),
  startedAt: new Date().toISOString(),
  host,
  apiPort: Number(apiPort),
  adminPort: Number(adminPort),
  dataDir,
  externalDatabase: Boolean(process.env.DATABASE_URL),
  apps: {},
};

function startApp(name) {
  // Own process group: a Ctrl-C reaches this script, which then stops the apps in order. The
  // app stops by itself when this script is gone (MPP_LAUNCHER_PID, libs/platform launcher-watch).
  const child = spawn(process.execPath, [`dist/apps/${name}/main.js`], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, ...demoEnv, MPP_LAUNCHER_PID: String(process.pid) },
  });
  state.apps[name] = child.pid;
  writeLauncherState(dataDir, state);
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
  for (const helper of helpers) helper.kill('SIGTERM');
  for (const { child } of [...children].reverse()) await stopChild(child);
  process.exit(code);
}

/**
 * Stops everything when whoever started this script is gone. npm runs the script through
 * `sh -c`, so under npm the shell's parent (npm itself) is watched too: a killed npm leaves the
 * shell running, reparented, and this script would never learn of it from its own parent.
 */
function watchWhoStartedUs() {
  const links = [{ child: process.pid, parent: process.ppid }];
  const shell = nameOf(process.ppid);
  if (process.env.npm_lifecycle_event && shell && /^(sh|dash|bash|ash|zsh)$/.test(shell)) {
    const npm = parentOf(process.ppid);
    if (npm && npm > 1) links.push({ child: process.ppid, parent: npm });
  }
  const timer = setInterval(() => {
    for (const { child, parent } of links) {
      const now = child === process.pid ? process.ppid : parentOf(child);
      if (now === parent) continue;
      clearInterval(timer);
      console.error(`start: the process that started this launcher (pid ${parent}) is gone; stopping the apps and the database`);
      void stopAll(1);
      return;
    }
  }, 500);
  timer.unref();
}

/** Refuses to start a second copy, saying what runs, or a port another program holds. */
async function refuseWhenTaken() {
  const running = runningLauncher(dataDir);
  if (running) {
    console.error(describeRunning(running));
    process.exit(1);
  }
  for (const [name, port, variable] of [
    ['API', Number(apiPort), 'PORT'],
    ['admin', Number(adminPort), 'ADMIN_PORT'],
  ]) {
    if (await portIsFree(port)) continue;
    const pid = listenerOf(port);
    const who = pid ? ` by pid ${pid} (${commandOf(pid) ?? 'unknown command'}); stop it with \`kill ${pid}\`` : '';
    console.error(`start: port ${port} for the ${name} on ${host} is already in use${who}, or choose another ${variable}.`);
    process.exit(1);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
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
process.on('SIGHUP', () => void stopAll(0));
process.on('exit', () => removeLauncherState(dataDir));

await refuseWhenTaken();
mkdirSync(dataDir, { recursive: true });
writeLauncherState(dataDir, state);
watchWhoStartedUs();

// All four builds at once, in two Nx runs: the API's (with the web app's files it serves,
// decision 0020) and the admin app's with the CLI's. A citizen-facing API is ready soonest; the
// admin app's build no longer waits for the API's to finish. On a first start the embedded
// PostgreSQL's cluster is made meanwhile (decision 0053).
const databaseInit = initEmbeddedDatabase();
const apiBuild = build(['api', 'web']);
const otherBuilds = build(['admin', 'cli']);
otherBuilds.catch(() => undefined); // awaited below; this only keeps an early failure from crashing the script
try {
  await apiBuild;
  await databaseInit;
} catch (error) {
  if (!stopping) console.error(`start: ${error.message}`);
  await otherBuilds.catch(() => undefined);
  process.exit(1);
}
if (stopping) await new Promise(() => undefined); // stopAll exits the process
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

/**
 * A first start's slowest step, initdb, run beside the builds by the embedded PostgreSQL runner
 * itself (`--init-only`: it makes the cluster in MPP_DATA_DIR and exits). The API then finds the
 * cluster and only starts the server, as on any later start. When this fails, the API makes
 * the cluster itself and says why it cannot.
 */
function initEmbeddedDatabase() {
  const postgresDir = path.join(dataDir, 'postgres');
  if (process.env.DATABASE_URL || existsSync(path.join(postgresDir, 'pgdata', 'PG_VERSION'))) return Promise.resolve();
  return new Promise((resolve) => {
    const runner = spawn(
      process.execPath,
      ['libs/persistence/src/embedded/embedded-postgres-runner.mjs', '--data-dir', postgresDir, '--init-only'],
      { stdio: 'ignore' },
    );
    helpers.add(runner);
    runner.on('exit', () => {
      helpers.delete(runner);
      resolve();
    });
  });
}

function build(projects) {
  if (skipBuild) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const nx = spawn(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], {
      stdio: 'inherit',
      // Plugins in the Nx process itself rather than a worker process each: a cached build is
      // about a second instead of three and a half here, and a second start is mostly that.
      env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_ISOLATE_PLUGINS: process.env.NX_ISOLATE_PLUGINS ?? 'false' },
    });
    helpers.add(nx);
    nx.on('exit', (code) => {
      helpers.delete(nx);
      return code === 0 ? resolve() : reject(new Error(`building ${projects.join(', ')} failed (exit ${code})`));
    });
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
    helpers.add(cli);
    cli.on('exit', (exitCode) => {
      helpers.delete(cli);
      resolve(exitCode);
    });
  });
  if (code !== 0) console.error(`start: applying the sample regions failed (exit ${code}); the apps run without them`);
}
