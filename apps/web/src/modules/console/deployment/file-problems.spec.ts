import { describe, expect, it } from 'vitest';

import { fileProblems } from './file-problems';

describe('the problems of a deployment file', () => {
  it('reads line, column and code from each problem and sorts them in file order', () => {
    expect(
      fileProblems([
        { path: 'agencies[0].services[1].fee', message: 'line 40, column 9: FIELD_INVALID fee must be a number' },
        { path: 'region.code', message: 'line 4, column 9: REGION_UNKNOWN no kabupaten/kota has the code 32.99' },
      ]),
    ).toEqual([
      { path: 'region.code', line: 4, column: 9, code: 'REGION_UNKNOWN', message: 'no kabupaten/kota has the code 32.99' },
      { path: 'agencies[0].services[1].fee', line: 40, column: 9, code: 'FIELD_INVALID', message: 'fee must be a number' },
    ]);
  });

  it('reads the place in Indonesian too', () => {
    expect(fileProblems([{ path: 'sites[0].kind', message: 'baris 13, kolom 11: FIELD_INVALID nilai isian tidak sesuai aturan' }])).toEqual(
      [{ path: 'sites[0].kind', line: 13, column: 11, code: 'FIELD_INVALID', message: 'nilai isian tidak sesuai aturan' }],
    );
  });

  it('keeps a problem without a place as it is', () => {
    expect(fileProblems([{ path: '', message: 'the file is empty' }])).toEqual([{ path: '', message: 'the file is empty' }]);
  });
});
