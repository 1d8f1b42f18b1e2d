// Turns an app's OpenAPI document into the TypeScript of libs/api-client/src/generated/.
// Used by `npm run api-client` (writes) and by the web-e2e check (compares), so both
// produce byte for byte the same text.
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_FILES = { api: 'libs/api-client/src/generated/api.ts', admin: 'libs/api-client/src/generated/admin.ts' };

/** @param {string} app @param {object} document the app's /docs-json */
export async function clientSource(app, document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from the ${app} app's OpenAPI document by tools/api-client/generate-client.mjs.\n// Do not edit: run \`npm run api-client\`.\n\n${astToString(ast)}`;
}
