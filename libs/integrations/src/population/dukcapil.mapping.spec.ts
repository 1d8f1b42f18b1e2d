import { Nik } from '@mpp/domain';

import { fromDukcapilVerifyAnswer, parseVerdict } from './dukcapil.mapping';

describe('Dukcapil mapping', () => {
  it.each([
    ['Sesuai', { matches: true }],
    ['Tidak Sesuai', { matches: false }],
    ['Sesuai (100)', { matches: true, score: 100 }],
    ['Tidak Sesuai (59)', { matches: false, score: 59 }],
    ['  tidak  sesuai(0) ', { matches: false, score: 0 }],
  ])('reads the verdict %p', (verdict, expected) => {
    expect(parseVerdict(verdict)).toEqual(expected);
  });

  it.each(['Cocok', '', 'Sesuai (abc)'])('refuses the unknown verdict %p as a bad answer', (verdict) => {
    expect(() => parseVerdict(verdict)).toThrow(expect.objectContaining({ failure: 'bad-answer' }));
  });

  const request = { nik: Nik.parse('3271014708900001'), fullName: 'SITI RAHAYU' };

  it.each([
    ['Login Gagal', 'refused'],
    ['IP Address Tidak Sesuai', 'refused'],
    ['Kuota Akses Hari ini telah Habis', 'refused'],
    ['Sesuatu yang lain', 'bad-answer'],
  ])('reads the error RESPON %p, sent with HTTP 200, as %s', (respon, failure) => {
    expect(() => fromDukcapilVerifyAnswer(200, { content: [{ RESPON: respon }] }, request)).toThrow(expect.objectContaining({ failure }));
  });

  it('refuses an answer without a verdict for an element it was asked about', () => {
    expect(() => fromDukcapilVerifyAnswer(200, { content: [{ NIK: '3271014708900001' }] }, request)).toThrow(
      expect.objectContaining({ failure: 'bad-answer' }),
    );
  });
});
