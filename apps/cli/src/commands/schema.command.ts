import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { deploymentJsonSchemas } from '@mpp/deployment';

export const SCHEMA_DIR = path.join('deployments', 'schema');

/** `mpp schema`: writes the JSON Schemas editors use to check deployment files as you type. */
export function writeSchemas(out: (line: string) => void): void {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, schema] of Object.entries(deploymentJsonSchemas())) {
    const file = path.join(SCHEMA_DIR, `${name}.schema.json`);
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    out(`wrote ${file}`);
  }
}
