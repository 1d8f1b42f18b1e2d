import { readFileSync } from 'node:fs';
import path from 'node:path';

import { deploymentJsonSchemas } from './json-schema';

describe('published JSON Schemas', () => {
  it.each(Object.entries(deploymentJsonSchemas()))(
    'deployments/schema/%s.schema.json matches the schema in code (regenerate: npm run mpp -- schema)',
    (name, schema) => {
      const file = path.resolve(__dirname, `../../../../deployments/schema/${name}.schema.json`);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
    },
  );

  /** Every `properties` entry anywhere in the schema, with its path, e.g. `agencies[].counters[].code`. */
  function fieldsOf(node: unknown, at: string, found: { path: string; schema: Record<string, unknown> }[] = []) {
    if (Array.isArray(node)) node.forEach((item) => fieldsOf(item, at, found));
    if (!node || typeof node !== 'object' || Array.isArray(node)) return found;
    const schema = node as Record<string, unknown>;
    for (const [name, field] of Object.entries((schema['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
      found.push({ path: at ? `${at}.${name}` : name, schema: field });
      fieldsOf(field, at ? `${at}.${name}` : name, found);
    }
    for (const key of ['items', 'prefixItems', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', '$defs']) {
      if (key in schema) fieldsOf(schema[key], key === 'items' ? `${at}[]` : at, found);
    }
    return found;
  }

  it.each(Object.keys(deploymentJsonSchemas()))('%s: every field carries a description for editors', (name) => {
    const schema = deploymentJsonSchemas()[name as keyof ReturnType<typeof deploymentJsonSchemas>];
    const fields = fieldsOf(schema, '');
    expect(fields.length).toBeGreaterThan(name === 'national-calendar' ? 8 : 40);
    expect(
      fields
        .filter((field) => typeof field.schema['description'] !== 'string' || field.schema['description'] === '')
        .map((field) => field.path),
    ).toEqual([]);
  });

  it('says what an agency without sites means', () => {
    const schema = JSON.stringify(deploymentJsonSchemas()['region-deployment']);
    expect(schema).toContain('Left out: the agency serves at every site of the region');
  });

  it('describes the fields an editor should offer', () => {
    const schema = deploymentJsonSchemas()['region-deployment'] as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'region', 'sites', 'agencies']));
    expect(Object.keys(schema.properties)).toContain('integrations');
  });
});
