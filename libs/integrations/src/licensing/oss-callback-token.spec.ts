import { createHash } from 'node:crypto';

import { ossCallbackToken, verifyOssCallbackToken, wibDay } from './oss-callback-token';

describe('OSS callback Token', () => {
  const credentials = { username: 'mpp-bogor', password: 'rahasia' };
  const noonWib = new Date('2026-11-25T05:00:00Z');

  it('is the lowercase hex SHA-1 of username, password, NIB and the WIB date', () => {
    const expected = createHash('sha1').update('mpp-bogorrahasia812000000000120261125').digest('hex');
    expect(ossCallbackToken(credentials, '8120000000001', '20261125')).toBe(expected);
  });

  it('takes the date in WIB: 18:00 UTC is already the next day in Jakarta', () => {
    expect(wibDay(new Date('2026-11-25T18:00:00Z'))).toBe('20261126');
  });

  it('accepts today’s token and the neighbouring days’, around midnight', () => {
    for (const day of ['20261124', '20261125', '20261126']) {
      expect(verifyOssCallbackToken(ossCallbackToken(credentials, '8120000000001', day), credentials, '8120000000001', noonWib)).toBe(true);
    }
  });

  it('refuses another day, another NIB, other credentials, and no token', () => {
    const token = ossCallbackToken(credentials, '8120000000001', '20261125');
    expect(verifyOssCallbackToken(ossCallbackToken(credentials, '8120000000001', '20261123'), credentials, '8120000000001', noonWib)).toBe(
      false,
    );
    expect(verifyOssCallbackToken(token, credentials, '8120000000002', noonWib)).toBe(false);
    expect(verifyOssCallbackToken(token, { ...credentials, password: 'lain' }, '8120000000001', noonWib)).toBe(false);
    expect(verifyOssCallbackToken(undefined, credentials, '8120000000001', noonWib)).toBe(false);
    expect(verifyOssCallbackToken('not-hex', credentials, '8120000000001', noonWib)).toBe(false);
  });

  it('accepts the token in upper case too', () => {
    expect(
      verifyOssCallbackToken(
        ossCallbackToken(credentials, '8120000000001', '20261125').toUpperCase(),
        credentials,
        '8120000000001',
        noonWib,
      ),
    ).toBe(true);
  });
});
