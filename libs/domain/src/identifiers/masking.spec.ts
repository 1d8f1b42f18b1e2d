import { maskName, maskNik, maskNiksIn, maskTail } from './masking';

describe('masking', () => {
  it('keeps the first and last four digits of a NIK', () => {
    expect(maskNik('3171015708450001')).toBe('3171********0001');
  });

  it('stars anything that is not a NIK entirely', () => {
    expect(maskNik('12345')).toBe('*****');
  });

  it('keeps the initials of a name', () => {
    expect(maskName('BUDI  SANTOSO')).toBe('B*** S******');
    expect(maskName('A')).toBe('A*');
  });

  it('masks every 16-digit number in a text, and leaves longer and shorter numbers alone', () => {
    expect(maskNiksIn('nik=3171015708450001, kk 3171010101010001; id 12345678901234567')).toBe(
      'nik=3171********0001, kk 3171********0001; id 12345678901234567',
    );
  });

  it('keeps the tail of an identifier', () => {
    expect(maskTail('0123456789012345')).toBe('************2345');
  });
});
