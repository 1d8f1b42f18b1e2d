import { InvalidValueError } from '../errors/domain-error';

/**
 * The code a citizen tracks an application with (nomor registrasi): 10 symbols of Crockford's
 * base32 (digits and letters without I, L, O, U), shown `XXXXX-XXXXX`. Read back forgivingly:
 * any case, dashes and spaces ignored, O read as 0 and I or L as 1, so a code copied from paper
 * or read over the phone still works.
 *
 * Ten symbols of 32 are 50 random bits: among a million live codes a guess hits once in about
 * 10^9 tries, against a public rate limit of hundreds a minute per address. The code shows only
 * what the public tracking page shows; acting on the application also needs the applicant's phone.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/** A new code from `randomBytes` (node:crypto's, in the apps): 32 divides 256, so no symbol is likelier. */
export function newTrackingCode(randomBytes: (size: number) => Uint8Array): string {
  const bytes = randomBytes(LENGTH);
  const symbols = Array.from(bytes.slice(0, LENGTH), (byte) => ALPHABET[byte % 32]).join('');
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** The canonical `XXXXX-XXXXX` form of what a citizen typed, or 400 TRACKING_CODE_INVALID. */
export function parseTrackingCode(input: string, path = 'trackingCode'): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== LENGTH || [...cleaned].some((symbol) => !ALPHABET.includes(symbol))) {
    throw new InvalidValueError('TRACKING_CODE_INVALID', 'a tracking code has 10 letters and digits, e.g. "7KQ2M-9XW4T"', path);
  }
  return `${cleaned.slice(0, 5)}-${cleaned.slice(5)}`;
}
