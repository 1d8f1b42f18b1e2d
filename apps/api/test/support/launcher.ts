import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Runs `npm start` (or tools/start.mjs itself) from the repository root, as a user would. */
export const REPO = path.resolve(__dirname, '../../../..');

export interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `--no-build`: the e2e target has built the apps already; the launcher runs what dist/ holds. */
export function launch(how: 'npm' | 'node', env: Record<string, string>): Launched {
  const nodeDir = path.dirname(process.execPath);
  const [command, args] =
    how === 'npm' ? ['npm', ['start', '--silent', '--', '--no-build']] : [process.execPath, ['tools/start.mjs', '--no-build']];
  let output = '';
  const child = spawn(command, args, {
    cwd: REPO,
    // This Node first on PATH: npm runs the scripts with it, and the launcher the apps.
    env: { PATH: `${nodeDir}:${process.env['PATH'] ?? ''}`, HOME: os.tmpdir(), npm_config_update_notifier: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Alive and not a zombie: an orphan that nobody has reaped yet has stopped all the same. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '');
  } catch {
    return false;
  }
}

export function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

export function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** True when nothing accepts connections on the port. */
export function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (await condition()) return Date.now() - started;
  throw new Error(`not within ${timeoutMs} ms`);
}

export async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok;
  } catch {
    return false;
  }
}
