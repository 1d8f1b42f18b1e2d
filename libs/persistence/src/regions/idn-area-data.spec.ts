import { RegionCode } from '@mpp/domain';

import { loadDistrictCodes, loadIdnAreaData, splitCsvLine } from './idn-area-data';

describe('loadIdnAreaData', () => {
  const data = loadIdnAreaData();

  it('reads 38 provinces and 514 kabupaten/kota', () => {
    expect(data.provinces).toHaveLength(38);
    expect(data.regencies).toHaveLength(514);
  });

  it('gives every regency a valid code inside its own province', () => {
    for (const regency of data.regencies) {
      expect(RegionCode.parse(regency.code).province.value).toBe(regency.provinceCode);
    }
  });

  it('agrees with the numbering rule: kota from 71, kabupaten below', () => {
    for (const regency of data.regencies) {
      const expected = RegionCode.parse(regency.code).kind === 'kota' ? /^Kota /u : /^Kabupaten /u;
      expect(regency.name).toMatch(expected);
    }
  });

  it('holds the three sample regions', () => {
    const names = Object.fromEntries(data.regencies.map((regency) => [regency.code, regency.name]));
    expect([names['32.71'], names['36.74'], names['35.22']]).toEqual(['Kota Bogor', 'Kota Tangerang Selatan', 'Kabupaten Bojonegoro']);
  });

  it('reads every kecamatan, quoted names included', () => {
    const codes = loadDistrictCodes();
    expect(codes.length).toBeGreaterThan(7_200);
    expect(codes).toContain('35.29.22');
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['32.71,32,Kota Bogor', ['32.71', '32', 'Kota Bogor']],
    ['35.29.22,35.29,"Ra""as"', ['35.29.22', '35.29', 'Ra"as']],
    ['1,"a, b",', ['1', 'a, b', '']],
    ['""', ['']],
  ])('splits %s', (line, cells) => {
    expect(splitCsvLine(line)).toEqual(cells);
  });

  it.each(['1,"open', '1,a"b', '"a"b'])('refuses the malformed %s', (line) => {
    expect(splitCsvLine(line)).toBeNull();
  });
});
