import { RegionCode } from '@mpp/domain';
import { loadIdnAreaData } from './idn-area-data';

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
      const expected = RegionCode.parse(regency.code).kind === 'kota' ? /^KOTA /u : /^KABUPATEN /u;
      expect(regency.name).toMatch(expected);
    }
  });

  it('holds the three sample regions', () => {
    const names = Object.fromEntries(data.regencies.map((regency) => [regency.code, regency.name]));
    expect([names['32.71'], names['36.74'], names['35.22']]).toEqual(['KOTA BOGOR', 'KOTA TANGERANG SELATAN', 'KABUPATEN BOJONEGORO']);
  });
});
