import { InvalidValueError } from '../errors/domain-error';
import { maskNik } from './masking';

/**
 * NIK, the personal ID number: 16 digits `PPRRSSDDMMYYXXXX` (identifiers.md). PP.RR.SS is the
 * kecamatan where it was issued; DD the day of birth, plus 40 for women; MM the month; YY the
 * year without its century; XXXX a serial from 0001. There is no checksum, so a well-formed
 * NIK can still be unknown to Dukcapil: only the registry can say.
 *
 * Error messages never repeat the NIK: they reach logs and responses.
 */
export interface NikParseOptions {
  /**
   * Whether a kecamatan code `PP.RR.SS` exists (the apps pass the idn-area-data list). Unset:
   * only the province is checked. That list is today's: a kecamatan code retired since the NIK
   * was issued would be refused, so keep the data current.
   */
  isKnownDistrict?: (code: string) => boolean;
  /** "Now", for the century of the birth year: the latest century that is not in the future. */
  today?: Date;
}

/** The 38 province codes (Kepmendagri 300.2.2-2138/2025; idn-area-data provinces.csv). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(' '),
);

export class Nik {
  private constructor(
    readonly value: string,
    /** Kecamatan of issue, `PP.RR.SS`. */
    readonly districtCode: string,
    /** `YYYY-MM-DD`. */
    readonly birthDate: string,
    readonly sex: 'female' | 'male',
  ) {}

  static parse(input: unknown, path = 'nik', options: NikParseOptions = {}): Nik {
    const refuse = (why: string): never => {
      throw new InvalidValueError('INVALID_NIK', `nik ${why}`, path);
    };
    if (typeof input !== 'string' || !/^\d{16}$/.test(input)) return refuse('must be 16 digits');
    const province = input.slice(0, 2);
    const districtCode = `${province}.${input.slice(2, 4)}.${input.slice(4, 6)}`;
    if (!PROVINCE_CODES.has(province)) refuse('does not start with a known province code');
    if (input.slice(2, 4) === '00' || input.slice(4, 6) === '00') refuse('does not hold a kabupaten/kota and kecamatan code');
    if (options.isKnownDistrict && !options.isKnownDistrict(districtCode)) refuse('does not hold a known kecamatan code');

    const rawDay = Number(input.slice(6, 8));
    const sex = rawDay > 40 ? 'female' : 'male';
    const day = sex === 'female' ? rawDay - 40 : rawDay;
    const month = Number(input.slice(8, 10));
    const yy = Number(input.slice(10, 12));
    const today = options.today ?? new Date();
    const year = birthYear(yy, month, day, today);
    if (year === undefined) return refuse('does not hold a real birth date (day plus 40 for women, month, year)');
    if (input.slice(12) === '0000') refuse('serial must start from 0001');
    return new Nik(input, districtCode, `${year}-${pad(month)}-${pad(day)}`, sex);
  }

  /** `3171********0001`: the form for logs, audit records and callers who need no more. */
  masked(): string {
    return maskNik(this.value);
  }

  toString(): string {
    return this.masked();
  }

  toJSON(): string {
    return this.masked();
  }
}

/** The latest century in which the date is real and not in the future; undefined if it is never real. */
function birthYear(yy: number, month: number, day: number, today: Date): number | undefined {
  for (const century of [2000, 1900]) {
    const year = century + yy;
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (!real) continue;
    if (date.getTime() <= today.getTime()) return year;
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
