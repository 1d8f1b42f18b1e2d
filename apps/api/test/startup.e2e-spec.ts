import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from '@mpp/testing';

import { isAlive, isReady, launch, type Launched, parentOf, portIsClosed, readJson, waitFor } from './support/launcher';

/** These tests run the built app (`nx e2e` builds it first) as a real process. */
const MAIN = path.resolve(__dirname, '../../../dist/apps/api/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startApi(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', HOME: os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': the output streams are read to their end by then.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// A whole process start (initdb, migrations, reference data) is what these tests prove, not
// its speed: on 2 cores shared with the other suites it has taken over 30 s, so they wait
// longer than the default test timeout (how fast a start is belongs in a benchmark, not a test).
const START_WITHIN_MS = 90_000;
const START_TEST_MS = START_WITHIN_MS + 30_000;

async function waitForReady(api: Started, port: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`the API exited with ${api.child.exitCode}:\n${api.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return response.status;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready on port ${port} within ${timeoutMs} ms`);
}

async function signIn(port: number, email: string, password: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('starting the API process', () => {
  it('lists every bad setting in one message and exits with status 1', async () => {
    const api = startApi({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://root:hunter2@db/mpp' });
    expect(await api.exited).toBe(1);
    const output = api.output();
    expect(output).toContain('Invalid configuration (3 problems)');
    expect(output).toMatch(/PORT: must be a whole number/);
    expect(output).toMatch(/LOG_LEVEL: must be one of/);
    expect(output).toMatch(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(output).not.toContain('hunter2');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses to start in production without a token key', async () => {
    const api = startApi({ NODE_ENV: 'production', DATABASE_URL: 'postgres://mpp@127.0.0.1:1/mpp' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toMatch(/AUTH_JWT_SECRET: is required in production/);
  });

  describe('with DATABASE_URL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it(
      'migrates, serves, and shuts down gracefully on SIGTERM',
      async () => {
        const port = await freePort();
        const api = startApi({
          DATABASE_URL: database.url,
          PORT: String(port),
          ADMIN_PORT: String(port + 1),
          AUTH_JWT_SECRET: 'k'.repeat(40),
          MPP_BOOTSTRAP_ADMIN_EMAIL: 'kepala.pusdatin@menpan.go.id',
          MPP_BOOTSTRAP_ADMIN_PASSWORD: 'first start passphrase',
        });
        try {
          expect(await waitForReady(api, port, START_WITHIN_MS)).toBe(200);
          const regions = await fetch(`http://127.0.0.1:${port}/v1/regions?q=bogor`);
          expect(((await regions.json()) as { total: number }).total).toBe(2);
          expect(await signIn(port, 'kepala.pusdatin@menpan.go.id', 'first start passphrase')).toBe(200);
          expect(await signIn(port, 'nasional@demo.mpp.go.id', 'demo-mpp-2026!')).toBe(401);
        } finally {
          api.child.kill('SIGTERM');
        }
        expect(await api.exited).toBe(0);
        const lines = api
          .output()
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { msg: string });
        expect(lines.map((line) => line.msg)).toContain('shutting down');
        expect(api.output()).not.toContain(new URL(database.url).password || 'no-password');
      },
      START_TEST_MS,
    );
  });

  describe('without DATABASE_URL', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'mpp-startup-'));
      // mkdtemp makes the folder private; started as root, PostgreSQL runs as another user.
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it(
      'starts an embedded PostgreSQL, says where its data lives, and stops it on shutdown',
      async () => {
        const port = await freePort();
        const api = startApi({ MPP_DATA_DIR: dataDir, PORT: String(port), ADMIN_PORT: String(port + 1), MPP_DEMO_ACCOUNTS: 'true' });
        try {
          expect(await waitForReady(api, port, START_WITHIN_MS)).toBe(200);
          expect(await signIn(port, 'admin.bogor@demo.mpp.go.id', 'demo-mpp-2026!')).toBe(200);
          const total = await fetch(`http://127.0.0.1:${port}/v1/regions?pageSize=1`);
          expect(((await total.json()) as { total: number }).total).toBe(514);
          expect(existsSync(path.join(dataDir, 'postgres', 'server.json'))).toBe(true);
        } finally {
          api.child.kill('SIGTERM');
        }
        expect(await api.exited).toBe(0);
        expect(api.output()).toContain(`Embedded PostgreSQL started: data in ${path.join(dataDir, 'postgres')}`);
        expect(existsSync(path.join(dataDir, 'postgres', 'server.json'))).toBe(false);
        expect(existsSync(path.join(dataDir, 'postgres', 'pgdata', 'postmaster.pid'))).toBe(false);
      },
      START_TEST_MS,
    );
  });
});

/**
 * `npm start` as a user runs it (decision 0009): whatever kills the launcher, the apps and the
 * embedded PostgreSQL stop within seconds and free their ports; a second start while one runs
 * says what runs and how to stop it; a start after a kill works.
 */
describe('the npm start launcher', () => {
  // The launcher's children stop as on SIGTERM: draining (SHUTDOWN_TIMEOUT_MS, 10 s at most)
  // and the database's own stop fit in this, with room for 2 loaded cores.
  const STOPPED_WITHIN_MS = 20_000;
  let dataDir: string;
  let env: Record<string, string>;
  let port: number;
  let adminPort: number;

  interface LauncherState {
    pid: number;
    apps: { api?: number; admin?: number };
  }
  const launcherState = () => readJson<LauncherState>(path.join(dataDir, 'launcher.json'));
  const serverState = () => readJson<{ pid: number; port: number }>(path.join(dataDir, 'postgres', 'server.json'));

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mpp-launcher-'));
    await chmod(dataDir, 0o755);
    port = await freePort();
    adminPort = await freePort();
    env = { MPP_DATA_DIR: dataDir, PORT: String(port), ADMIN_PORT: String(adminPort), LOG_LEVEL: 'warn' };
  });
  afterAll(async () => {
    // Should a test fail halfway, nothing it started outlives the suite.
    const state = launcherState();
    for (const pid of [state?.pid, state?.apps.api, state?.apps.admin, serverState()?.pid]) {
      if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Every process of a running start: launcher, apps, PostgreSQL's runner and server. */
  async function runningProcesses(launched: Launched): Promise<{ pids: Record<string, number>; postgresPort: number }> {
    await waitFor(async () => (await isReady(port)) && (await isReady(adminPort)), START_WITHIN_MS).catch(() => {
      throw new Error(`npm start was not ready within ${START_WITHIN_MS} ms:\n${launched.output()}`);
    });
    const state = launcherState() as LauncherState;
    const server = serverState() as { pid: number; port: number };
    const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return {
      pids: { launcher: state.pid, api: state.apps.api as number, admin: state.apps.admin as number, runner: server.pid, postmaster },
      postgresPort: server.port,
    };
  }

  async function expectAllStopped(pids: Record<string, number>, postgresPort: number): Promise<void> {
    const still = () => Object.entries(pids).filter(([, pid]) => isAlive(pid));
    await waitFor(() => still().length === 0, STOPPED_WITHIN_MS).catch(() => {
      throw new Error(`still running ${STOPPED_WITHIN_MS} ms after the kill: ${JSON.stringify(still())}`);
    });
    for (const open of [port, adminPort, postgresPort]) expect(await portIsClosed(open)).toBe(true);
  }

  it(
    'says what runs when started a second time, and stops everything when npm is killed with SIGKILL',
    async () => {
      const first = launch('npm', env);
      try {
        const { pids, postgresPort } = await runningProcesses(first);
        for (const pid of Object.values(pids)) expect(isAlive(pid)).toBe(true);

        const second = launch('node', env);
        expect(await second.exited).toBe(1);
        const message = second.output();
        expect(message).toContain('MPP is already running');
        expect(message).toContain(`launcher   pid ${pids['launcher']} (npm start)`);
        expect(message).toContain(`API        pid ${pids['api']}, http://127.0.0.1:${port}`);
        expect(message).toContain(`admin      pid ${pids['admin']}, http://127.0.0.1:${adminPort}`);
        expect(message).toContain(
          `PostgreSQL pid ${pids['postmaster']} (runner pid ${pids['runner']}), 127.0.0.1:${postgresPort}, data in ${path.join(dataDir, 'postgres')}`,
        );
        expect(message).toContain(`kill ${pids['launcher']}`);
        // The second start changed nothing of the first.
        for (const pid of Object.values(pids)) expect(isAlive(pid)).toBe(true);

        // npm runs the launcher through `sh -c`: killing npm leaves that shell, not the launcher's parent.
        const npmPid = first.child.pid as number;
        expect(parentOf(parentOf(pids['launcher'] as number) as number)).toBe(npmPid);
        process.kill(npmPid, 'SIGKILL');
        await expectAllStopped(pids, postgresPort);
      } finally {
        first.child.kill('SIGKILL');
      }
    },
    START_TEST_MS * 2,
  );

  it(
    'starts again after a kill, and stops everything when the launcher itself is killed with SIGKILL',
    async () => {
      const again = launch('node', env);
      try {
        const { pids, postgresPort } = await runningProcesses(again);
        const login = await signIn(port, 'loket.bogor@demo.mpp.go.id', 'demo-mpp-2026!');
        expect(login).toBe(200);
        process.kill(pids['launcher'] as number, 'SIGKILL');
        await expectAllStopped(pids, postgresPort);
        expect(existsSync(path.join(dataDir, 'postgres', 'server.json'))).toBe(false);
        expect(existsSync(path.join(dataDir, 'postgres', 'pgdata', 'postmaster.pid'))).toBe(false);
      } finally {
        again.child.kill('SIGKILL');
      }
    },
    START_TEST_MS * 2,
  );
});
