import { InvalidValueError } from '../errors/domain-error';

/**
 * KBLI 2020 business activity: a 5-digit group under 4-, 3- and 2-digit parents
 * (e.g. 56101 under 5610, 561, 56). Only the 5-digit form is a licensable activity.
 */
export class Kbli {
  private constructor(readonly value: string) {}

  static parse(input: unknown, path = 'kbli'): Kbli {
    if (typeof input !== 'string' || !/^\d{5}$/.test(input)) {
      throw new InvalidValueError('INVALID_KBLI', 'kbli must be 5 digits (KBLI 2020), e.g. 56101', path);
    }
    return new Kbli(input);
  }

  /** The 2-digit main group (golongan pokok). */
  get mainGroup(): string {
    return this.value.slice(0, 2);
  }

  toString(): string {
    return this.value;
  }
}
