import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { laporSimulator } from '../complaints/lapor.simulator';
import { ossSimulator } from '../licensing/oss.simulator';
import { dukcapilSimulator } from '../population/dukcapil.simulator';
import { samsatSimulator } from '../vehicle-tax/samsat.simulator';
import type { SimulatorRoute } from './simulator';

/**
 * How the simulators misbehave, to prove our resilience: `slow` answers after `delayMs`,
 * `failing` answers 503, `down` cuts the connection without an answer. `system` limits the
 * fault to one system (`dukcapil`, `oss`, `samsat`); unset, all of them.
 */
export interface SimulatorFault {
  mode: 'none' | 'slow' | 'failing' | 'down';
  delayMs?: number;
  system?: string;
}

export interface ReceivedRequest {
  system: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface SimulatorServer {
  /** `http://127.0.0.1:PORT`: the base URL of every simulated system. */
  url: string;
  port: number;
  setFault(fault: SimulatorFault): void;
  /** Requests that reached a simulated system (not the control routes), oldest first. */
  received(system?: string): ReceivedRequest[];
  reset(): void;
  /** Sets what a stateful simulated system remembers, e.g. LAPOR!'s status of a forwarded complaint (`setLaporStatus`). */
  setState(key: string, value: unknown): void;
  close(): Promise<void>;
}

const ROUTES: SimulatorRoute[] = [dukcapilSimulator, ossSimulator, samsatSimulator, laporSimulator];
const CONTROL = '/__simulator';
const MAX_BODY = 64 * 1024;
const KEEP = 1_000;

/**
 * The three simulators behind one plain `node:http` server, so the HTTP adapters are tested
 * over a real socket. Control routes, for tests and demos:
 * `POST /__simulator/fault {"mode":"slow","delayMs":5000,"system":"dukcapil"}`,
 * `GET /__simulator/requests`, `POST /__simulator/reset`, `POST /__simulator/state {"key":"…","value":…}`.
 * Loopback only by default: it serves invented data and accepts published test credentials.
 */
export async function startSimulatorServer(options: { port?: number; host?: string } = {}): Promise<SimulatorServer> {
  let fault: SimulatorFault = { mode: 'none' };
  let requests: ReceivedRequest[] = [];
  const state = new Map<string, unknown>();
  const server: Server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { message: 'simulator error' });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    const text = await readBody(request);
    if (path.startsWith(CONTROL)) return control(request.method ?? 'GET', path.slice(CONTROL.length), text, response);
    const method = request.method ?? 'GET';
    const route = ROUTES.find((candidate) => (candidate.methods ?? ['POST']).some((m) => m === method) && candidate.matches(path));
    if (!route) return send(response, 404, { message: 'no such simulated service' });
    let body: unknown;
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      return send(response, 400, { message: 'body is not JSON' });
    }
    requests.push({ system: route.system, path, headers: request.headers, body });
    if (requests.length > KEEP) requests = requests.slice(-KEEP);
    const active = fault.mode !== 'none' && (!fault.system || fault.system === route.system) ? fault : undefined;
    if (active?.mode === 'down') {
      request.socket.destroy();
      return;
    }
    if (active?.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, active.delayMs ?? 10_000).unref());
    if (active?.mode === 'failing') return send(response, 503, { message: 'simulated failure' });
    if (response.destroyed) return;
    const answer = route.answer(body, request.headers, path, state);
    send(response, answer.status, answer.body);
  }

  function control(method: string, path: string, text: string, response: ServerResponse): void {
    if (method === 'POST' && path === '/fault') {
      const next = JSON.parse(text || '{}') as SimulatorFault;
      if (!['none', 'slow', 'failing', 'down'].includes(next.mode))
        return send(response, 400, { message: 'mode: none, slow, failing or down' });
      fault = next;
      return send(response, 200, fault);
    }
    if (method === 'POST' && path === '/state') {
      const { key, value } = JSON.parse(text || '{}') as { key?: unknown; value?: unknown };
      if (typeof key !== 'string') return send(response, 400, { message: 'key: a string' });
      state.set(key, value);
      return send(response, 200, { key, value });
    }
    if (method === 'POST' && path === '/reset') {
      fault = { mode: 'none' };
      requests = [];
      state.clear();
      return send(response, 200, { reset: true });
    }
    if (method === 'GET' && path === '/requests') {
      const counts: Record<string, number> = {};
      for (const request of requests) counts[request.system] = (counts[request.system] ?? 0) + 1;
      return send(response, 200, { fault, counts });
    }
    send(response, 404, { message: 'no such control route' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    port: address.port,
    setFault: (next) => (fault = next),
    received: (system) => requests.filter((request) => !system || request.system === system),
    reset: () => {
      fault = { mode: 'none' };
      requests = [];
      state.clear();
    },
    setState: (key, value) => state.set(key, value),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
