// Turns an app's OpenAPI document into the TypeScript of libs/api-client/src/generated/.
// Used by `npm run api-client` (writes) and by the web-e2e check (compares), so both
// produce byte for byte the same text.
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_FILES = { api: 'libs/api-client/src/generated/api.ts', admin: 'libs/api-client/src/generated/admin.ts' };

/** @param {string} app @param {object} document the app's /docs-json */
export async function clientSource(app, document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from the ${app} app's OpenAPI document by tools/api-client/generate-client.mjs.\n// Do not edit: run \`npm run api-client\`.\n\n${astToString(ast)}\n${accessRulesSource(document)}`;
}

/**
 * Each operation's declared access rule (its `x-access`), keyed `METHOD /path`: the console
 * shows a page or a button only to a role the route admits, while the API still decides.
 */
function accessRulesSource(document) {
  const rules = {};
  for (const [route, operations] of Object.entries(document.paths ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [method, operation] of Object.entries(operations).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const access = operation?.['x-access'];
      if (access) rules[`${method.toUpperCase()} ${route}`] = access;
    }
  }
  return `/** Who may call each operation, as its route declares it (\`x-access\`). */\nexport const accessRules = ${JSON.stringify(rules, null, 2)} as const;\n`;
}
