import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

import { load } from './liveness-bench.mjs';

/**
 * Where a request's CPU goes, layer by layer: the API runs with --inspect, its CPU profiler is
 * started over the inspector for one load of GET /health/live only, and every sample is
 * charged to the nearest frame on its stack that belongs to a known layer (so JSON work done
 * by the logger counts as logging, not as "node"). Figures are CPU microseconds per request.
 */
export async function profileLayers({ inspectorPort, apiUrl, connections, seconds, bundle }) {
  const [target] = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
  const inspector = await connect(target.webSocketDebuggerUrl);
  try {
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
    await inspector.send('Profiler.start');
    const result = await load(apiUrl, connections, seconds);
    const { profile } = await inspector.send('Profiler.stop');
    // BENCH_LAYERS=<file>.cpuprofile also keeps the profile, for Chrome DevTools or speedscope.
    if (process.env.BENCH_LAYERS?.endsWith('.cpuprofile')) writeFileSync(process.env.BENCH_LAYERS, JSON.stringify(profile));
    return {
      requests: result.requests.total,
      rate: result.requests.average,
      layers: charge(profile, result.requests.total, sourcesOf(bundle)),
    };
  } finally {
    inspector.close();
  }
}

/**
 * The layers, tried in order on each frame: the first whose pattern matches the frame's file
 * names its layer. Our own code is bundled into one file: its frames are named by the source
 * file the bundle's source map gives for them.
 */
const LAYERS = [
  ['middleware layer (@fastify/middie, app.use)', /@fastify\/middie|path-to-regexp/],
  ['request logging (pino-http, nestjs-pino)', /pino-http|nestjs-pino/],
  ['request logging (our hooks)', /libs\/platform\/src\/logging\//],
  ['pino core (serialise, redact, write)', /node_modules\/(pino|fast-redact|@pinojs|sonic-boom|pino-std-serializers)\//],
  ['rate limiting (@nestjs/throttler)', /@nestjs\/throttler/],
  ['rate limiting (our guard and counters)', /libs\/platform\/src\/access\/(rate-limit|redis-throttler|.*counter)/],
  ['access guard', /libs\/platform\/src\/access\/access\.guard/],
  ['write-audit interceptor', /libs\/platform\/src\/access\/write-audit/],
  ['helmet', /helmet/],
  ['CORS', /@fastify\/cors/],
  ['request id, version check, input checks (our Fastify hooks)', /libs\/platform\/src\/http\//],
  ['handler (health controller)', /libs\/platform\/src\/health\//],
  ['our other code', /libs\/|apps\//],
  ['rxjs (interceptor plumbing)', /node_modules\/rxjs\//],
  ['reflect-metadata (Reflector lookups)', /reflect-metadata/],
  ['Nest router, guards and interceptors consumers', /@nestjs\/(core|common|platform-fastify)\//],
  [
    'Fastify core (routing, reply, hooks runner)',
    /node_modules\/(fastify|find-my-way|light-my-request|avvio|fast-json-stringify|@fastify\/)/,
  ],
];

function layerOf(frame, sources) {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  let where = frame.url ?? '';
  if (sources && where.endsWith(sources.file)) where = sources.map.findEntry(frame.lineNumber, frame.columnNumber)?.originalSource ?? where;
  for (const [name, pattern] of LAYERS) if (pattern.test(where)) return name;
  return undefined;
}

/** The bundle's source map, to name bundled frames by their source file. */
function sourcesOf(bundle) {
  if (!bundle) return undefined;
  return { file: bundle, map: new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8'))) };
}

/** Sums each sample's interval into the layer of the nearest classified frame on its stack. */
function charge(profile, requests, sources) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const layerOfNode = new Map();
  const resolve = (id) => {
    if (layerOfNode.has(id)) return layerOfNode.get(id);
    const frame = byId.get(id).callFrame;
    let layer = layerOf(frame, sources);
    if (layer === undefined) {
      if (frame.functionName === '(idle)') layer = 'idle';
      else if (frame.functionName === '(program)') layer = 'V8 and native (program)';
      else layer = parent.has(id) ? resolve(parent.get(id)) : 'node: http, net, streams, timers';
    }
    layerOfNode.set(id, layer);
    return layer;
  };
  const micros = new Map();
  profile.samples.forEach((id, index) => {
    const layer = resolve(id);
    micros.set(layer, (micros.get(layer) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  micros.delete('idle');
  return [...micros.entries()]
    .map(([layer, total]) => ({ layer, perRequest: total / requests }))
    .sort((a, b) => b.perRequest - a.perRequest);
}

function connect(url) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const waiting = new Map();
    let next = 1;
    socket.onerror = () => reject(new Error(`cannot reach the inspector at ${url}`));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      const pending = waiting.get(message.id);
      if (!pending) return;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result);
    };
    socket.onopen = () =>
      resolve({
        send: (method, params = {}) =>
          new Promise((done, fail) => {
            const id = next++;
            waiting.set(id, { resolve: done, reject: fail });
            socket.send(JSON.stringify({ id, method, params }));
          }),
        close: () => socket.close(),
      });
  });
}
