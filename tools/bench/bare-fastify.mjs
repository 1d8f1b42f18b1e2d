// The floor of the liveness bench: a bare Fastify route answering what the API's GET /health/live
// answers, in a process of its own (as the API is), with the very Fastify the API runs on.
// `node tools/bench/bare-fastify.mjs <port>`; prints "listening" when it takes requests.
import { createRequire } from 'node:module';

const require = createRequire(createRequire(import.meta.url).resolve('@nestjs/platform-fastify'));
const Fastify = require('fastify');

const app = Fastify({ logger: false });
app.get('/health/live', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
console.log('listening');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
