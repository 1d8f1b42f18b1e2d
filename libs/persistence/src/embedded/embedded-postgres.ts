import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Starts, or finds, the embedded PostgreSQL server of one data folder. The server itself runs
 * in `embedded-postgres-runner.mjs`, a child process; this module only speaks to it.
 */
export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  /** True when this process started the server and so stops it. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster, its credentials and its lock. */
  dataDir: string;
  /** What to do when another live process already runs a server on `dataDir`. */
  whenRunning: 'attach' | 'fail';
  /** Delete the folder on stop and trade durability for speed: test runs only. */
  ephemeral?: boolean;
  database?: string;
  startTimeoutMs?: number;
}

export class EmbeddedPostgresError extends Error {
  constructor(
    readonly code: 'EMBEDDED_DB_IN_USE' | 'EMBEDDED_DB_START_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

type RunnerMessage =
  | { type: 'ready'; url: string; port: number; pid: number }
  | { type: 'in-use'; holderPid: number; state: ServerState }
  | { type: 'error'; message: string };

interface ServerState {
  pid: number;
  status: 'starting' | 'ready';
  url?: string;
}

const RUNNER_FILE = 'embedded-postgres-runner.mjs';

/** In the source tree the runner sits beside this file; in an app bundle it is an asset beside main.js. */
function runnerPath(): string {
  const candidates = [path.join(__dirname, RUNNER_FILE), path.join(__dirname, 'embedded', RUNNER_FILE)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${RUNNER_FILE} not found beside ${__dirname}`);
  return found;
}

export async function openEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const running = readLiveState(dataDir);
  if (running) return attachOrFail(dataDir, running, options.whenRunning, timeoutMs);

  const args = ['--data-dir', dataDir, '--database', options.database ?? 'mpp'];
  if (options.ephemeral) args.push('--ephemeral');
  // Detached: a Ctrl-C meant for the app must not reach the server before the app has drained.
  const child = fork(runnerPath(), args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], detached: true });
  const message = await firstMessage(child, timeoutMs, dataDir);

  if (message.type === 'ready') {
    child.unref();
    child.channel?.unref();
    return { url: message.url, dataDir, owned: true, stop: () => stopChild(child) };
  }
  if (message.type === 'in-use') {
    return attachOrFail(dataDir, message.state, options.whenRunning, timeoutMs);
  }
  throw new EmbeddedPostgresError(
    'EMBEDDED_DB_START_FAILED',
    `Embedded PostgreSQL in ${dataDir} did not start: ${message.message} (see ${path.join(dataDir, 'server.log')})`,
  );
}

async function attachOrFail(
  dataDir: string,
  state: ServerState,
  whenRunning: 'attach' | 'fail',
  timeoutMs: number,
): Promise<EmbeddedPostgres> {
  if (whenRunning === 'fail') {
    throw new EmbeddedPostgresError(
      'EMBEDDED_DB_IN_USE',
      `The embedded PostgreSQL data folder ${dataDir} is already in use by process ${state.pid}. ` +
        'Stop that process first, choose another MPP_DATA_DIR, or set DATABASE_URL.',
    );
  }
  const url = state.url ?? (await waitUntilReady(dataDir, timeoutMs));
  return { url, dataDir, owned: false, stop: async () => undefined };
}

function readLiveState(dataDir: string): ServerState | undefined {
  const file = path.join(dataDir, 'server.json');
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ServerState;
    return isRunnerOf(state.pid, dataDir) ? state : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilReady(dataDir: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = readLiveState(dataDir);
    if (state?.status === 'ready' && state.url) return state.url;
    if (!state) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new EmbeddedPostgresError(
    'EMBEDDED_DB_START_FAILED',
    `The embedded PostgreSQL in ${dataDir} that another process was starting did not become ready`,
  );
}

function firstMessage(child: ChildProcess, timeoutMs: number, dataDir: string): Promise<RunnerMessage> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      resolve({ type: 'error', message: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as RunnerMessage);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ type: 'error', message: `runner for ${dataDir} exited (code ${code}, signal ${signal})` });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A lock left by a killed run may name a pid that another program has since been given. */
function isRunnerOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return command.includes(RUNNER_FILE) && command.includes(dataDir);
  } catch {
    return true; // no /proc here: a live pid is all we can tell
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
