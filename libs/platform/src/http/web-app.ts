import { existsSync } from 'node:fs';
import path from 'node:path';

import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The first segment of each screen's address (citizen, kiosk, board, counter desk, console): these
 * paths answer the web app's page, which routes in the browser. Keep in step with
 * apps/web/src/app/routes.ts.
 */
export const WEB_SCREEN_PREFIXES = ['warga', 'kiosk', 'papan', 'loket', 'konsol'] as const;

/**
 * Serves the built web app from the API's own origin, so the screens call the API without
 * CORS (decision 0020). Files are listed once at start: the build runs before the API starts.
 * Hashed assets are cached for a year; the page itself is revalidated on every load, so a
 * kiosk picks up a new release on its next reload. Returns false when there is no build.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string): Promise<boolean> {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders: (reply, filePath) => {
      const hashed = filePath.startsWith(path.join(root, 'assets') + path.sep);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  for (const prefix of WEB_SCREEN_PREFIXES) {
    for (const url of [`/${prefix}`, `/${prefix}/*`]) {
      fastify.get(url, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
    }
  }
  return true;
}
