import { InvalidValueError } from '../errors/domain-error';

/** Long passphrases over composition rules (NIST SP 800-63B): 12 to 128 characters, not the email. */
export function checkNewPassword(password: string, email: string, path = 'newPassword'): void {
  if (password.length < 12 || password.length > 128) {
    throw new InvalidValueError('PASSWORD_TOO_WEAK', 'The password must be 12 to 128 characters long', path);
  }
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) {
    throw new InvalidValueError('PASSWORD_TOO_WEAK', 'The password must not contain the account name', path);
  }
  if (new Set(password).size < 5) {
    throw new InvalidValueError('PASSWORD_TOO_WEAK', 'The password needs at least 5 different characters', path);
  }
}
