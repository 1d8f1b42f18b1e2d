import { ProvinceCode } from './region-code';
import { timeZoneOfProvince } from './time-zone';

describe('timeZoneOfProvince', () => {
  it.each([
    ['11', 'WIB', 'Aceh'],
    ['21', 'WIB', 'Kepulauan Riau'],
    ['31', 'WIB', 'DKI Jakarta'],
    ['32', 'WIB', 'Jawa Barat'],
    ['36', 'WIB', 'Banten'],
    ['61', 'WIB', 'Kalimantan Barat'],
    ['62', 'WIB', 'Kalimantan Tengah'],
    ['51', 'WITA', 'Bali'],
    ['53', 'WITA', 'Nusa Tenggara Timur'],
    ['63', 'WITA', 'Kalimantan Selatan'],
    ['65', 'WITA', 'Kalimantan Utara'],
    ['73', 'WITA', 'Sulawesi Selatan'],
    ['76', 'WITA', 'Sulawesi Barat'],
    ['81', 'WIT', 'Maluku'],
    ['82', 'WIT', 'Maluku Utara'],
    ['91', 'WIT', 'Papua'],
    ['96', 'WIT', 'Papua Barat Daya'],
  ])('puts province %s in %s (%s)', (code, zone) => {
    expect(timeZoneOfProvince(ProvinceCode.parse(code)).zone).toBe(zone);
  });

  it('names the IANA zone and offset', () => {
    expect(timeZoneOfProvince(ProvinceCode.parse('51'))).toEqual({
      zone: 'WITA',
      iana: 'Asia/Makassar',
      utcOffsetHours: 8,
    });
  });
});
