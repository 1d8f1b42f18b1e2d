import { createTestDatabase, type TestDatabase } from '@mpp/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

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

    it('migrates, serves, and shuts down gracefully on SIGTERM', async () => {
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
    }, START_TEST_MS);
  });

  describe('without DATABASE_URL', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'mpp-startup-'));
      // mkdtemp makes the folder private; started as root, PostgreSQL runs as another user.
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('starts an embedded PostgreSQL, says where its data lives, and stops it on shutdown', async () => {
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
    }, START_TEST_MS);
  });
});
