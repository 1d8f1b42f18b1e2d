import { PlateNumber } from './plate-number';

describe('PlateNumber', () => {
  it.each([
    ['F 1234 ABC', 'F 1234 ABC'],
    ['f1234abc', 'F 1234 ABC'],
    ['  b   1   ', 'B 1'],
    ['AB-123-CD', 'AB 123 CD'],
    ['DK 9999 Z', 'DK 9999 Z'],
  ])('reads %p as %p', (input, normalised) => {
    expect(PlateNumber.parse(input).value).toBe(normalised);
  });

  it('splits region letters, number and suffix', () => {
    expect(PlateNumber.parse('F 1234 ABC')).toMatchObject({ region: 'F', number: '1234', suffix: 'ABC' });
  });

  it.each([
    ['F 0123 AB', 'a leading zero'],
    ['F 12345 AB', 'five digits'],
    ['F 1234 ABCD', 'a four-letter suffix'],
    ['ABC 1234', 'three region letters'],
    ['QQ 1234 AB', 'unknown region letters'],
    ['1234 AB', 'no region letters'],
    ['F ABC', 'no number'],
    ['F 12*4 AB', 'a symbol'],
    ['', 'nothing'],
  ])('refuses %p (%s) with INVALID_PLATE_NUMBER', (input) => {
    expect(() => PlateNumber.parse(input)).toThrow(expect.objectContaining({ code: 'INVALID_PLATE_NUMBER', path: 'plateNumber' }));
  });
});
