import { InvalidValueError } from '../errors/domain-error';

/**
 * NIB, the business ID issued by OSS RBA: 13 digits, random, with no public checksum
 * (identifiers.md): check the format here, then ask OSS.
 */
export class Nib {
  private constructor(readonly value: string) {}

  static parse(input: unknown, path = 'nib'): Nib {
    if (typeof input !== 'string' || !/^\d{13}$/.test(input)) {
      throw new InvalidValueError('INVALID_NIB', 'nib must be 13 digits', path);
    }
    return new Nib(input);
  }

  toString(): string {
    return this.value;
  }
}
