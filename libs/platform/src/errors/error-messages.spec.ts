import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localizedMessage, preferredLanguage, translatedCodes } from './error-messages';

const ROOT = path.resolve(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // The embedded server's start errors reach the console of `npm start`, never an HTTP client.
    if (entry.isDirectory()) return ['node_modules', 'test', 'embedded'].includes(entry.name) ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5, id;q=0.8', 'id'],
    ['fr, en;q=0.3', 'en'],
    ['fr, de', 'id'],
    ['en;q=0', 'id'],
  ])('reads %j as %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});

describe('localizedMessage', () => {
  it('speaks Indonesian by default and keeps English on request', () => {
    expect(localizedMessage('REGION_NOT_FOUND', 'No kabupaten/kota has the code 32.99', 'id')).toBe(
      'Tidak ada kabupaten/kota dengan kode ini',
    );
    expect(localizedMessage('REGION_NOT_FOUND', 'No kabupaten/kota has the code 32.99', 'en')).toBe('No kabupaten/kota has the code 32.99');
  });

  it('falls back to the English message for a code it has no translation of', () => {
    expect(localizedMessage('SOMETHING_NEW', 'Something new', 'id')).toBe('Something new');
  });
});

describe('the message catalogue', () => {
  it('has Indonesian for every error code the apps and libraries raise', () => {
    const raised = new Set<string>();
    for (const file of [...sourceFiles(path.join(ROOT, 'apps')), ...sourceFiles(path.join(ROOT, 'libs'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:ApiError|Error)\(\s*(?:\d+,\s*)?'([A-Z][A-Z0-9_]+)'/g)) raised.add(match[1]);
    }
    expect(raised.size).toBeGreaterThan(50);
    const translated = new Set(translatedCodes());
    expect([...raised].filter((code) => !translated.has(code)).sort()).toEqual([]);
  });
});
