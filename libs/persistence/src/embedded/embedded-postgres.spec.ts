import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

import { type EmbeddedPostgres, type EmbeddedPostgresError, openEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('openEmbeddedPostgres', () => {
  let dataDir: string;
  const opened: EmbeddedPostgres[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mpp-embedded-spec-'));
  });
  afterEach(async () => {
    for (const server of opened.splice(0)) await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function open(whenRunning: 'attach' | 'fail'): Promise<EmbeddedPostgres> {
    const server = await openEmbeddedPostgres({ dataDir, whenRunning });
    opened.push(server);
    return server;
  }

  it('starts a real PostgreSQL 18 and keeps its data across restarts', async () => {
    const first = await open('fail');
    expect(first.owned).toBe(true);
    const [{ server_version }] = await query<{ server_version: string }>(first.url, 'SHOW server_version');
    expect(server_version).toMatch(/^18\./);
    await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`);
    await first.stop();
    expect(existsSync(path.join(dataDir, 'server.json'))).toBe(false);

    const second = await open('fail');
    expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
  });

  it('refuses a second server on the same folder with EMBEDDED_DB_IN_USE, and lets it attach instead', async () => {
    const owner = await open('fail');
    await expect(openEmbeddedPostgres({ dataDir, whenRunning: 'fail' })).rejects.toMatchObject({
      code: 'EMBEDDED_DB_IN_USE',
      message: expect.stringContaining(dataDir),
    });
    const attached = await open('attach');
    expect(attached).toMatchObject({ owned: false, url: owner.url });
  });

  it('lets exactly one of several simultaneous starters own the folder', async () => {
    const results = await Promise.allSettled([0, 1, 2, 3].map(() => openEmbeddedPostgres({ dataDir, whenRunning: 'fail' })));
    const started = results.filter((result): result is PromiseFulfilledResult<EmbeddedPostgres> => result.status === 'fulfilled');
    opened.push(...started.map((result) => result.value));
    expect(started).toHaveLength(1);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(refused.map((result) => (result.reason as EmbeddedPostgresError).code)).toEqual([
      'EMBEDDED_DB_IN_USE',
      'EMBEDDED_DB_IN_USE',
      'EMBEDDED_DB_IN_USE',
    ]);
    expect(await query(started[0].value.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('stops the server when the process that started it is killed outright', async () => {
    const script = `
      const { openEmbeddedPostgres } = require(${JSON.stringify(require.resolve('./embedded-postgres'))});
      openEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, whenRunning: 'fail' }).then((s) => process.send(s.url));
      setInterval(() => undefined, 1000);`;
    const parent = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // Nx sets TS_NODE_COMPILER_OPTIONS for its own config loading; the child uses the lib's tsconfig.
      env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '../../tsconfig.lib.json'), TS_NODE_COMPILER_OPTIONS: '{}' },
    });
    const url = await new Promise<string>((resolve) => parent.once('message', (message) => resolve(String(message))));
    expect(await query(url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);

    parent.kill('SIGKILL');
    expect(await waitFor(() => !existsSync(path.join(dataDir, 'server.json')), 20_000)).toBe(true);
    await expect(query(url, 'SELECT 1')).rejects.toThrow();

    const restarted = await open('fail');
    expect(await query(restarted.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('starts cleanly over lock files of a killed run whose pids now belong to other programs', async () => {
    const first = await open('fail');
    await first.stop();
    opened.splice(0);
    // A killed run leaves server.json and postmaster.pid behind; after a while (or a reboot,
    // or in a container) their pids name unrelated live processes. Neither may be taken for
    // a running server, and neither unrelated process may be signalled.
    const stranger = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], { stdio: 'ignore' });
    try {
      const pid = stranger.pid as number;
      writeFileSync(
        path.join(dataDir, 'server.json'),
        JSON.stringify({ pid, status: 'ready', url: 'postgres://postgres:x@127.0.0.1:1/mpp', startedAt: new Date().toISOString() }),
      );
      const pidFile = path.join(dataDir, 'pgdata', 'postmaster.pid');
      writeFileSync(pidFile, `${pid}\n${path.join(dataDir, 'pgdata')}\n1764000000\n5432\n\n127.0.0.1\n  5432001         0\nready   \n`);

      const restarted = await open('fail');
      expect(restarted.owned).toBe(true);
      expect(await query(restarted.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
      expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).not.toBe(pid);
      expect(stranger.exitCode).toBeNull();
      expect(stranger.signalCode).toBeNull();
    } finally {
      stranger.kill('SIGKILL');
    }
  });
});
