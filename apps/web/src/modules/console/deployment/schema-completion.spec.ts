import { describe, expect, it } from 'vitest';

import { suggestionsAt, yamlPathAt } from './schema-completion';

const schema = {
  type: 'object',
  properties: {
    apiVersion: { const: 'mpp.go.id/v1' },
    region: { type: 'object', properties: { code: { type: 'string' }, rolloutStatus: { enum: ['planned', 'rintisan', 'operational'] } } },
    agencies: { type: 'array', items: { $ref: '#/$defs/agency' } },
  },
  $defs: {
    agency: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'The agency’s code' },
        services: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'object', properties: { template: { type: 'string' } } },
              { type: 'object', properties: { code: {}, name: {} } },
            ],
          },
        },
      },
    },
  },
};

const at = (text: string) => suggestionsAt(schema, text.replace('|', ''), text.indexOf('|'));

describe('schema completion from indentation', () => {
  it('finds the path of the mapping at the cursor through keys and list items', () => {
    const text = 'region:\n  code: "32.71"\nagencies:\n  - code: disdukcapil\n    services:\n      - template: x\n        ';
    expect(yamlPathAt(text, text.length).path).toEqual(['agencies', '[]', 'services', '[]']);
  });

  it('offers the root keys at the start of a line', () => {
    expect(at('apiVersion: mpp.go.id/v1\n|').map((s) => s.label)).toEqual(['apiVersion', 'region', 'agencies']);
  });

  it('offers a nested mapping’s keys, following $ref and anyOf', () => {
    expect(at('agencies:\n  - code: a\n    |').map((s) => s.label)).toEqual(['code', 'services']);
    expect(at('agencies:\n- code: a\n  services:\n    - |').map((s) => s.label)).toEqual(['template', 'code', 'name']);
  });

  it('offers the allowed values of the key being filled in', () => {
    expect(at('region:\n  rolloutStatus: |')).toEqual([
      { label: 'planned', kind: 'value' },
      { label: 'rintisan', kind: 'value' },
      { label: 'operational', kind: 'value' },
    ]);
  });
});
