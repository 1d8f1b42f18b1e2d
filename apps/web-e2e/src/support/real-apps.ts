import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const WORKSPACE = path.resolve(import.meta.dirname, '../../../..');

export interface RealApps {
  apiUrl: string;
  adminUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now, from the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the built API (which serves the built web app and owns a fresh embedded PostgreSQL)
 * and the admin app, as `npm start` does, on free ports; with demo accounts and rate limits
 * high enough for a browser that makes a thousand calls.
 */
export async function startRealApps(): Promise<RealApps> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mpp-web-e2e-'));
  // Started by root, PostgreSQL runs as "postgres" and must reach its folder inside this one.
  chmodSync(dataDir, 0o755);
  const [apiPort, adminPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    ADMIN_PORT: String(adminPort),
    MPP_DATA_DIR: dataDir,
    MPP_DEMO_ACCOUNTS: 'true',
    MPP_WEB_DIR: path.join(WORKSPACE, 'dist/apps/web'),
    LOG_LEVEL: process.env.MPP_E2E_LOG_LEVEL ?? 'warn',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    RATE_LIMIT_DEVICE_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
  };
  const children: ChildProcess[] = [];
  const start = (app: 'api' | 'admin') => {
    const child = spawn(process.execPath, [`dist/apps/${app}/main.js`], { cwd: WORKSPACE, env, stdio: ['ignore', 'inherit', 'inherit'] });
    children.push(child);
    return child;
  };
  const stop = async () => {
    // The admin app first, the API (and its embedded PostgreSQL) last, as npm start stops them.
    for (const child of [...children].reverse()) await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const adminUrl = `http://127.0.0.1:${adminPort}`;
    await waitReady(start('api'), `${apiUrl}/health/ready`);
    await waitReady(start('admin'), `${adminUrl}/health/ready`);
    return { apiUrl, adminUrl, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitReady(child: ChildProcess, url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
