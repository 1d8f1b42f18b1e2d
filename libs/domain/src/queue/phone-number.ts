import { InvalidValueError } from '../errors/domain-error';

/**
 * An Indonesian mobile number, for SMS or WhatsApp notices: written `08…`, `628…` or `+628…`,
 * kept as `+628…` (E.164). Personal data: shown masked (`+62812****789`) to anyone but its owner's officer.
 */
export class PhoneNumber {
  private constructor(readonly value: string) {}

  static parse(raw: string, path = 'phone'): PhoneNumber {
    const digits = raw.replace(/[\s.-]/g, '');
    const match = /^(?:\+62|62|0)(8\d{8,11})$/.exec(digits);
    if (!match) {
      throw new InvalidValueError('PHONE_INVALID', 'a mobile number starts with 08 or +628 and has 10 to 13 digits', path);
    }
    return new PhoneNumber(`+62${match[1]}`);
  }

  get masked(): string {
    return maskPhone(this.value);
  }
}

/** Keeps the country code, the first three and the last three digits. */
export function maskPhone(value: string): string {
  if (value.length < 10) return '****';
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 9)}${value.slice(-3)}`;
}
