import { InvalidValueError } from '../errors/domain-error';
import { Nik } from './nik';

const TODAY = new Date('2026-11-25T00:00:00Z');

function refusal(input: unknown, options = {}): unknown {
  try {
    Nik.parse(input, 'nik', { today: TODAY, ...options });
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Nik', () => {
  it('reads a woman’s NIK: the day of birth is 40 more than the day', () => {
    const nik = Nik.parse('3171015708450001', 'nik', { today: TODAY });
    expect(nik).toMatchObject({ districtCode: '31.71.01', birthDate: '1945-08-17', sex: 'female' });
  });

  it('reads a man’s NIK and puts the year in the latest century that is not in the future', () => {
    expect(Nik.parse('3271011203100002', 'nik', { today: TODAY })).toMatchObject({ birthDate: '2010-03-12', sex: 'male' });
    expect(Nik.parse('3271011203900002', 'nik', { today: TODAY })).toMatchObject({ birthDate: '1990-03-12', sex: 'male' });
    // 25 December 2026 is still in the future on 25 November 2026: born 1926.
    expect(Nik.parse('3271012512260002', 'nik', { today: TODAY }).birthDate).toBe('1926-12-25');
  });

  it.each([
    ['327101570845000', 'too short'],
    ['32710157084500011', 'too long'],
    ['327101570845000A', 'a letter'],
    ['9971015708450001', 'an unknown province'],
    ['3200015708450001', 'no kabupaten/kota'],
    ['3271005708450001', 'no kecamatan'],
    ['3271013208450001', 'day 32'],
    ['3271017208450001', 'day 72 (a woman born on the 32nd)'],
    ['3271010013450001', 'month 13'],
    ['3271013102450001', '31 February'],
    ['3271016902010001', '29 February 2001 (a woman)'],
    ['3271010008450001', 'day 0'],
    ['3271011708450000', 'serial 0000'],
  ])('refuses %s (%s) with INVALID_NIK on the field, without repeating it', (input) => {
    const error = refusal(input);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({ code: 'INVALID_NIK', path: 'nik' });
    expect((error as Error).message).not.toContain(input);
  });

  it('accepts 29 February of a leap year', () => {
    expect(Nik.parse('3271016902000001', 'nik', { today: TODAY }).birthDate).toBe('2000-02-29');
  });

  it.each([undefined, null, 3171015708450001, { nik: '3171015708450001' }])('refuses a non-string %p', (input) => {
    expect(refusal(input)).toMatchObject({ code: 'INVALID_NIK' });
  });

  it('asks the caller whether the kecamatan exists', () => {
    const known = new Set(['31.71.01']);
    expect(refusal('3171015708450001', { isKnownDistrict: (code: string) => known.has(code) })).toBeUndefined();
    expect(refusal('3171995708450001', { isKnownDistrict: (code: string) => known.has(code) })).toMatchObject({ code: 'INVALID_NIK' });
  });

  it('shows itself masked, in strings and JSON alike', () => {
    const nik = Nik.parse('3171015708450001', 'nik', { today: TODAY });
    expect(nik.masked()).toBe('3171********0001');
    expect(`${nik}`).toBe('3171********0001');
    expect(JSON.stringify({ nik })).toBe('{"nik":"3171********0001"}');
  });
});
