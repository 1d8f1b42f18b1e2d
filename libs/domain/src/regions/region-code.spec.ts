import { InvalidValueError } from '../errors/domain-error';
import { ProvinceCode, RegionCode } from './region-code';

describe('RegionCode', () => {
  it.each([
    ['32.71', 'kota', '32'],
    ['32.01', 'kabupaten', '32'],
    ['35.22', 'kabupaten', '35'],
    ['36.74', 'kota', '36'],
    ['31.01', 'kabupaten', '31'],
    ['96.69', 'kabupaten', '96'],
    ['11.99', 'kota', '11'],
  ])('parses %s as a %s of province %s', (input, kind, province) => {
    const code = RegionCode.parse(input);
    expect(code.value).toBe(input);
    expect(code.kind).toBe(kind);
    expect(code.province.value).toBe(province);
  });

  it.each(['3271', '32.7', '32.711', ' 32.71', '32.71 ', 'ab.cd', '32-71', '', '00.71', '32.00', '32', '32.71.01'])(
    'refuses "%s" with REGION_CODE_INVALID on the given path',
    (input) => {
      let error: unknown;
      try {
        RegionCode.parse(input, 'regionCode');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidValueError);
      expect(error).toMatchObject({ code: 'REGION_CODE_INVALID', path: 'regionCode' });
    },
  );

  it('writes the 10-digit OSS form', () => {
    expect(RegionCode.parse('32.01').toOssCode()).toBe('3201000000');
  });

  it('keeps long garbage out of the message', () => {
    expect(() => RegionCode.parse('9'.repeat(500))).toThrow(/"9{20}…"/);
  });

  it('tells valid from invalid without throwing', () => {
    expect(RegionCode.isValid('32.71')).toBe(true);
    expect(RegionCode.isValid('32.7')).toBe(false);
  });
});

describe('ProvinceCode', () => {
  it('parses two digits', () => {
    expect(ProvinceCode.parse('32').value).toBe('32');
  });

  it.each(['3', '320', 'JB', '00', '32.71'])('refuses "%s" with PROVINCE_CODE_INVALID', (input) => {
    expect(() => ProvinceCode.parse(input)).toThrow(expect.objectContaining({ code: 'PROVINCE_CODE_INVALID', path: 'province' }));
  });
});
