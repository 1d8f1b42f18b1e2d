/** Where a byte sequence stops being UTF-8: the first offending byte, with its 1-based line and column. */
export interface InvalidUtf8 {
  offset: number;
  line: number;
  column: number;
}

/**
 * Finds the first byte that breaks UTF-8 (a stray continuation byte, a truncated or overlong
 * sequence, a surrogate or a code point past U+10FFFF), so a file can be refused with the line
 * to fix instead of being read with replacement characters.
 */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid && length === 3) {
      const second = bytes[i + 1];
      valid = !(lead === 0xe0 && second < 0xa0) && !(lead === 0xed && second >= 0xa0);
    }
    if (valid && length === 4) {
      const second = bytes[i + 1];
      valid = !(lead === 0xf0 && second < 0x90) && !(lead === 0xf4 && second >= 0x90);
    }
    if (!valid) return { offset: i, line, column: i - lineStart + 1 };
    if (lead === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return undefined;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** A JavaScript string that is not Unicode text (a lone surrogate, as from a `\ud800` JSON escape). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text with NUL bytes removed and lone surrogates replaced: what PostgreSQL text can hold. */
export function storableText(text: string): string {
  return text.split('\u0000').join('').replace(LONE_SURROGATES, '\ufffd');
}
