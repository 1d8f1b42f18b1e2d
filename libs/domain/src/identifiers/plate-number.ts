import { InvalidValueError } from '../errors/domain-error';

/**
 * TNKB region letters of civilian plates [I: Korlantas lists as published in the press and on
 * Wikipedia; no official machine-readable list]. Official (RI), diplomatic (CD, CC) and
 * military plates are not vehicle-tax objects and are refused.
 */
export const PLATE_REGION_LETTERS: ReadonlySet<string> = new Set(
  (
    'A B D E F G H K L M N P R S T W Z AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP ' +
    'DA DB DC DD DE DG DH DK DL DM DN DP DR DS DT DW EA EB ED KB KH KT KU PA PB'
  ).split(' '),
);

const COMPACT = /^([A-Z]{1,2})([1-9][0-9]{0,3})([A-Z]{0,3})$/;

/**
 * A vehicle plate (TNKB): region letters, a number 1–9999 without a leading zero, and a suffix
 * of up to three letters, e.g. `F 1234 ABC`. Any spacing and case is accepted; the value is
 * stored normalised with single spaces.
 */
export class PlateNumber {
  private constructor(
    readonly region: string,
    readonly number: string,
    readonly suffix: string,
  ) {}

  static parse(input: unknown, path = 'plateNumber'): PlateNumber {
    const refuse = (why: string): never => {
      throw new InvalidValueError('INVALID_PLATE_NUMBER', `plateNumber ${why}`, path);
    };
    if (typeof input !== 'string' || input.length > 20) return refuse('must be region letters, a number and a suffix, e.g. "F 1234 ABC"');
    const compact = input.replace(/[\s-]+/g, '').toUpperCase();
    const match = COMPACT.exec(compact);
    if (!match) return refuse('must be region letters, a number 1–9999 and up to three letters, e.g. "F 1234 ABC"');
    if (!PLATE_REGION_LETTERS.has(match[1])) refuse(`region letters "${match[1]}" are not a known TNKB region`);
    return new PlateNumber(match[1], match[2], match[3]);
  }

  /** `F 1234 ABC` (or `B 1` without a suffix). */
  get value(): string {
    return [this.region, this.number, this.suffix].filter(Boolean).join(' ');
  }

  toString(): string {
    return this.value;
  }
}
