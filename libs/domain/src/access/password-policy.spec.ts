import { checkNewPassword } from './password-policy';

describe('checkNewPassword', () => {
  it('accepts a long passphrase', () => {
    expect(() => checkNewPassword('loket tiga buka jam tujuh', 'siti@bogorkota.go.id')).not.toThrow();
  });

  it.each([
    ['short', 'too short'],
    ['x'.repeat(129), 'too long'],
    ['siti-password-2026', 'holds the account name'],
    ['aaaaaaaaaaaaaaaaaaaa', 'too few different characters'],
  ])('refuses %s (%s) with PASSWORD_TOO_WEAK', (password) => {
    expect(() => checkNewPassword(password, 'siti@bogorkota.go.id')).toThrow(
      expect.objectContaining({ code: 'PASSWORD_TOO_WEAK', path: 'newPassword' }),
    );
  });
});
