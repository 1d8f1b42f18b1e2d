import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, inject, test } from 'vitest';

// @ts-expect-error: a plain ESM script shared with `npm run api-client`, without type declarations
import { clientSource, GENERATED_FILES } from '../../../tools/api-client/generate-client.mjs';
import { WORKSPACE } from './support/real-apps';

const apps = inject('apps');

/** `MPP_UPDATE_API_CLIENT=1` (`npm run api-client`) rewrites the files instead of comparing. */
test('the generated API client matches the OpenAPI documents the apps serve now', async () => {
  for (const [app, baseUrl] of [
    ['api', apps.apiUrl],
    ['admin', apps.adminUrl],
  ] as const) {
    const document = await (await fetch(`${baseUrl}/docs-json`)).json();
    const expected: string = await clientSource(app, document);
    const file = path.join(WORKSPACE, (GENERATED_FILES as Record<string, string>)[app]);
    if (process.env.MPP_UPDATE_API_CLIENT === '1') writeFileSync(file, expected);
    const committed = readFileSync(file, 'utf8');
    expect(committed === expected, `${GENERATED_FILES[app]} is stale: run \`npm run api-client\` and commit the result`).toBe(true);
  }
});
