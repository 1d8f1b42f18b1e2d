// The running launcher's description, in MPP_DATA_DIR/launcher.json, so a second `npm start`
// can say exactly what runs (pids, ports, data folder) and how to stop it, instead of failing
// later on a port in use. A launcher killed outright leaves the file behind; its pid is then
// dead (or another program's), and the next start takes the file over.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { commandOf, isAlive } from './process-table.mjs';

export function launcherStatePath(dataDir) {
  return path.join(dataDir, 'launcher.json');
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The launcher described by the file, when it still runs (and is a launcher, not a reused pid). */
export function runningLauncher(dataDir) {
  const state = readJson(launcherStatePath(dataDir));
  if (!state || !isAlive(state.pid) || state.pid === process.pid) return undefined;
  const command = commandOf(state.pid);
  if (command !== undefined && !command.includes('start.mjs')) return undefined;
  return state;
}

export function writeLauncherState(dataDir, state) {
  const file = launcherStatePath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state, null, 2));
  renameSync(temp, file);
}

export function removeLauncherState(dataDir) {
  const state = readJson(launcherStatePath(dataDir));
  if (state?.pid === process.pid) rmSync(launcherStatePath(dataDir), { force: true });
}

/** The embedded PostgreSQL of a data folder: runner pid, server pid and port, when it runs. */
export function embeddedServer(dataDir) {
  const root = path.join(dataDir, 'postgres');
  const server = readJson(path.join(root, 'server.json'));
  if (!server || !isAlive(server.pid)) return undefined;
  let postmasterPid;
  try {
    postmasterPid = Number(readFileSync(path.join(root, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    postmasterPid = undefined;
  }
  return { runnerPid: server.pid, postmasterPid, port: server.port, root };
}

/** What a second `npm start` prints when one already runs. */
export function describeRunning(state) {
  const app = (name, pid, port) => `  ${name.padEnd(10)} ${pid ? `pid ${pid}` : 'not started yet'}, http://${state.host}:${port}`;
  const lines = [
    `start: MPP is already running from ${state.cwd}, started ${state.startedAt}:`,
    `  launcher   pid ${state.pid} (${state.command})`,
    app('API', state.apps?.api, state.apiPort),
    app('admin', state.apps?.admin, state.adminPort),
  ];
  if (state.externalDatabase) {
    lines.push('  PostgreSQL the server of DATABASE_URL (not started by the launcher)');
  } else {
    const server = embeddedServer(state.dataDir);
    lines.push(
      server
        ? `  PostgreSQL pid ${server.postmasterPid ?? '?'} (runner pid ${server.runnerPid}), 127.0.0.1:${server.port}, data in ${server.root}`
        : `  PostgreSQL not started yet, data in ${path.join(state.dataDir, 'postgres')}`,
    );
  }
  lines.push(
    `Use it as it is, or stop it first: Ctrl-C in its terminal, or \`kill ${state.pid}\` (the launcher stops the apps and the database), then npm start again.`,
  );
  return lines.join('\n');
}
