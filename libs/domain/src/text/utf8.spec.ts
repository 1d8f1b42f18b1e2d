import { findInvalidUtf8, hasLoneSurrogate, storableText } from './utf8';

describe('findInvalidUtf8', () => {
  it.each([
    ['plain ASCII', Buffer.from('region: 32.71\n'), undefined],
    ['Indonesian and emoji text', Buffer.from('nama: Pelayanan Terpadu — ✓ 😀\n'), undefined],
  ])('accepts %s', (_, bytes, expected) => {
    expect(findInvalidUtf8(bytes)).toEqual(expected);
  });

  it.each([
    [
      'a Latin-1 byte on line 3',
      Buffer.concat([Buffer.from('a: 1\nb: 2\nc: '), Buffer.from([0xe9]), Buffer.from('\n')]),
      { offset: 13, line: 3, column: 4 },
    ],
    ['a stray continuation byte', Buffer.from([0x41, 0x80]), { offset: 1, line: 1, column: 2 }],
    ['a truncated sequence at the end', Buffer.from([0x41, 0xe2, 0x82]), { offset: 1, line: 1, column: 2 }],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf]), { offset: 0, line: 1, column: 1 }],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), { offset: 0, line: 1, column: 1 }],
    ['a code point past U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), { offset: 0, line: 1, column: 1 }],
  ])('finds %s', (_, bytes, expected) => {
    expect(findInvalidUtf8(bytes)).toEqual(expected);
  });
});

describe('text PostgreSQL can store', () => {
  it('tells lone surrogates from pairs', () => {
    expect(hasLoneSurrogate('😀 ok')).toBe(false);
    expect(hasLoneSurrogate('a\ud800')).toBe(true);
    expect(hasLoneSurrogate('\udc00b')).toBe(true);
  });

  it('drops NUL bytes and replaces lone surrogates', () => {
    expect(storableText('a\u0000b\ud800😀')).toBe('ab\ufffd😀');
  });
});
