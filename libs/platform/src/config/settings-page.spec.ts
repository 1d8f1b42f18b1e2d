import { readFileSync } from 'node:fs';
import path from 'node:path';

import { CONFIG_VARIABLES } from './app-config';

const PAGE = path.resolve(__dirname, '../../../../docs/settings.md');

/** Variables the page documents that `loadConfig` does not read: the test tooling's own. */
const TEST_ONLY = ['TEST_DATABASE_URL'];

/** The variables named in the first column of the page's table (a row may name several). */
function documentedVariables(): string[] {
  return readFileSync(PAGE, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]));
}

describe('the settings page (docs/settings.md)', () => {
  it('documents every variable the configuration reads', () => {
    const documented = new Set(documentedVariables());
    expect(CONFIG_VARIABLES.filter((variable) => !documented.has(variable))).toEqual([]);
  });

  it('documents no variable the configuration does not read', () => {
    const read = new Set<string>([...CONFIG_VARIABLES, ...TEST_ONLY]);
    expect(documentedVariables().filter((variable) => !read.has(variable))).toEqual([]);
  });
});
