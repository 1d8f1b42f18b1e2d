import { NotFoundError } from '../errors/domain-error';

/**
 * The short code a region admin reads out or shows to pair a kiosk or board: 8 characters
 * from an alphabet without look-alikes (no I, O, 0, 1), shown as `ABCD-EFGH`. 32^8 ≈ 10^12
 * codes, each valid for minutes and once, behind the public rate limit.
 */
export const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;
/** How long a pairing code may be used: time enough to walk to the device and type it. */
export const PAIRING_CODE_TTL_MINUTES = 15;

/** A code from random numbers (each 0 ≤ n < 32), the caller's source of randomness. */
export function pairingCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== PAIRING_CODE_LENGTH) throw new RangeError(`a pairing code has ${PAIRING_CODE_LENGTH} characters`);
  return randomIndexes.map((index) => PAIRING_ALPHABET[index]).join('');
}

export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as the stored code: case, spaces and dashes ignored. Anything else is
 * simply no valid code (404, the same answer as an unknown, used or expired one).
 */
export function parsePairingCode(input: string): string {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PAIRING_CODE_LENGTH || [...code].some((char) => !PAIRING_ALPHABET.includes(char))) {
    throw new NotFoundError('PAIRING_CODE_INVALID', 'No pairing code like this is waiting: ask the region admin for a new one', 'code');
  }
  return code;
}
