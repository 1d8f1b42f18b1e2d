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

  it('describes the fields an editor should offer', () => {
    const schema = deploymentJsonSchemas()['region-deployment'] as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'region', 'sites', 'agencies']));
    expect(Object.keys(schema.properties)).toContain('integrations');
  });
});
