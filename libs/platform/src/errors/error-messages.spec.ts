import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { PROBLEM_MESSAGES } from '@mpp/deployment';
import { NotFoundError } from '@mpp/domain';

import { errorText, localizedMessage, preferredLanguage, translatedCodes } from './error-messages';
import { indonesianFieldMessage } from './field-messages';

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

  it('keeps the English of a code from outside the platform (a client-side code passed through)', () => {
    expect(localizedMessage('SOMETHING_NEW', 'Something new', 'id')).toBe('Something new');
  });
});

describe('error codes are a type', () => {
  it('refuses, when type-checked, raising a code without messages', () => {
    // `typecheck` fails if this line compiles: a new code needs its messages in the catalogue first.
    const raise = () => {
      // @ts-expect-error 'SOMETHING_NEW' is not an ErrorCode
      throw new NotFoundError('SOMETHING_NEW', 'Something new');
    };
    expect(raise).toThrow('Something new');
  });

  it('has a written Indonesian and English message for every code', () => {
    for (const code of translatedCodes()) {
      const { id, en } = errorText(code);
      expect({ code, id: id.length > 0, en: en.length > 0, differ: id !== en }).toEqual({ code, id: true, en: true, differ: true });
    }
    for (const [code, { id, en }] of Object.entries(PROBLEM_MESSAGES)) {
      expect({ code, differ: id !== en && id.length > 0 }).toEqual({ code, differ: true });
    }
  });
});

describe('field messages', () => {
  it.each([
    ['property admin should not exist', 'admin', 'isian admin tidak dikenal'],
    ['pageSize must not be greater than 100', 'pageSize', 'pageSize tidak boleh lebih dari 100'],
    ['name must be longer than or equal to 1 and shorter than or equal to 120 characters', 'name', 'name harus 1 sampai 120 karakter'],
    ['kind must be one of the following values: kiosk, board', 'kind', 'kind harus salah satu dari: kiosk, board'],
    [
      'serviceCode must be 1 to 40 lowercase letters, digits and dashes, e.g. "ktp-el"',
      'serviceCode',
      'serviceCode terdiri dari 1 sampai 40 huruf kecil, angka, dan tanda hubung, misalnya "ktp-el"',
    ],
    ['regionCode must be a kabupaten/kota code such as 32.71', 'regionCode', 'regionCode harus kode kabupaten/kota, misalnya 32.71'],
    ['date must be YYYY-MM-DD', 'date', 'date harus tanggal berformat YYYY-MM-DD'],
    ['applicant.nik must not be null', 'applicant.nik', 'applicant.nik tidak boleh null'],
  ])('says %j in Indonesian', (english, path, indonesian) => {
    expect(indonesianFieldMessage(english, path)).toBe(indonesian);
  });

  it('leads with Indonesian and keeps the English detail of a phrasing it does not know', () => {
    expect(indonesianFieldMessage('the moon is not cheese', 'moon')).toBe('isian moon tidak valid (the moon is not cheese)');
  });
});

describe('the message catalogue', () => {
  // Raised codes are checked by the compiler now (ErrorCode); this also catches a code forced through a cast.
  it('has Indonesian for every error code the apps and libraries raise', () => {
    const raised = new Set<string>();
    for (const file of [...sourceFiles(path.join(ROOT, 'apps')), ...sourceFiles(path.join(ROOT, 'libs'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:ApiError|Error)\(\s*(?:\d+,\s*)?'([A-Z][A-Z0-9_]+)'/g)) raised.add(match[1]);
    }
    expect(raised.size).toBeGreaterThan(50);
    const translated = new Set<string>(translatedCodes());
    expect([...raised].filter((code) => !translated.has(code)).sort()).toEqual([]);
  });
});
