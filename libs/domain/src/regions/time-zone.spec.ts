import { ProvinceCode, RegionCode } from './region-code';
import { localDateAt, localDateTime, timeZoneOfProvince, todayInRegion } from './time-zone';

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

describe('localDateTime', () => {
  it.each([
    ['2026-11-25T09:00:00.000Z', 7, '2026-11-25T16:00:00+07:00'],
    ['2026-11-25T09:00:00.000Z', 8, '2026-11-25T17:00:00+08:00'],
    ['2026-11-25T20:30:00.000Z', 9, '2026-11-26T05:30:00+09:00'],
  ])('shows %s at UTC%s as %s', (instant, offset, expected) => {
    expect(localDateTime(new Date(instant), offset)).toBe(expected);
  });
});

describe('localDateAt and todayInRegion', () => {
  it('turns the date at local midnight, not at UTC midnight', () => {
    expect(localDateAt(new Date('2026-11-25T16:59:59.000Z'), 7)).toBe('2026-11-25');
    expect(localDateAt(new Date('2026-11-25T17:00:00.000Z'), 7)).toBe('2026-11-26');
    expect(localDateAt(new Date('2026-11-25T15:59:59.000Z'), 8)).toBe('2026-11-25');
    expect(localDateAt(new Date('2026-11-25T15:00:00.000Z'), 9)).toBe('2026-11-26');
  });

  it("answers each region's own date at the same instant: already tomorrow in Jayapura, still today in Bogor", () => {
    const at = new Date('2026-11-25T15:30:00.000Z');
    expect(todayInRegion(RegionCode.parse('91.71'), at)).toBe('2026-11-26');
    expect(todayInRegion(RegionCode.parse('32.71'), at)).toBe('2026-11-25');
  });
});
