import { InvalidValueError } from '../errors/domain-error';

/**
 * Kemendagri region codes (Kepmendagri 300.2.2-2138/2025): `PP` province, `PP.RR`
 * kabupaten/kota. The kabupaten/kota code is the tenant key of the whole platform.
 */
const PROVINCE_PATTERN = /^\d{2}$/;
const REGENCY_PATTERN = /^(\d{2})\.(\d{2})$/;

export class ProvinceCode {
  private constructor(readonly value: string) {}

  static parse(input: string, path = 'province'): ProvinceCode {
    if (!PROVINCE_PATTERN.test(input) || input === '00') {
      throw new InvalidValueError('PROVINCE_CODE_INVALID', `Province code must be two digits, e.g. "32"; got "${truncate(input)}"`, path);
    }
    return new ProvinceCode(input);
  }

  toString(): string {
    return this.value;
  }
}

export type RegencyKind = 'kabupaten' | 'kota';

export class RegionCode {
  private constructor(
    readonly value: string,
    readonly province: ProvinceCode,
    private readonly regencyNumber: number,
  ) {}

  static parse(input: string, path = 'code'): RegionCode {
    const match = REGENCY_PATTERN.exec(input);
    const regencyNumber = match ? Number(match[2]) : 0;
    if (!match || match[1] === '00' || regencyNumber === 0) {
      throw new InvalidValueError(
        'REGION_CODE_INVALID',
        `Region code must be a kabupaten/kota code "PP.RR", e.g. "32.71"; got "${truncate(input)}"`,
        path,
      );
    }
    return new RegionCode(input, ProvinceCode.parse(match[1], path), regencyNumber);
  }

  static isValid(input: string): boolean {
    try {
      RegionCode.parse(input);
      return true;
    } catch {
      return false;
    }
  }

  /** Regencies are numbered 01–69 and cities 71–99 within their province. */
  get kind(): RegencyKind {
    return this.regencyNumber >= 71 ? 'kota' : 'kabupaten';
  }

  /** OSS writes regions as 10 digits without dots: `3271000000`. */
  toOssCode(): string {
    return this.value.replace('.', '').padEnd(10, '0');
  }

  equals(other: RegionCode): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }
}

function truncate(input: string): string {
  return input.length > 20 ? `${input.slice(0, 20)}…` : input;
}
