import { localizedMessage, preferredLanguage } from './error-messages';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5, id;q=0.8', 'id'],
    ['fr, en;q=0.3', 'en'],
    ['fr, de', 'id'],
    ['en;q=0', 'id'],
  ])('reads %j as %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});

describe('localizedMessage', () => {
  it('speaks Indonesian by default and keeps English on request', () => {
    expect(localizedMessage('REGION_NOT_FOUND', 'No kabupaten/kota has the code 32.99', 'id')).toBe(
      'Tidak ada kabupaten/kota dengan kode ini',
    );
    expect(localizedMessage('REGION_NOT_FOUND', 'No kabupaten/kota has the code 32.99', 'en')).toBe('No kabupaten/kota has the code 32.99');
  });

  it('falls back to the English message for a code it has no translation of', () => {
    expect(localizedMessage('SOMETHING_NEW', 'Something new', 'id')).toBe('Something new');
  });
});
