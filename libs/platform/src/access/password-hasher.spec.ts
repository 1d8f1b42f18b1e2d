import { scryptSync } from 'node:crypto';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with a fresh salt and verifies the right password only', async () => {
    const first = await hasher.hash('loket tiga buka jam tujuh');
    const second = await hasher.hash('loket tiga buka jam tujuh');
    expect(first).toMatch(/^\$scrypt\$ln=16,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
    await expect(hasher.verify(first, 'loket tiga buka jam tujuh')).resolves.toBe(true);
    await expect(hasher.verify(first, 'loket tiga buka jam delapan')).resolves.toBe(false);
  });

  it('treats canonically equal Unicode spellings as the same password', async () => {
    const stored = await hasher.hash('kantor imigrasi ﬁ');
    await expect(hasher.verify(stored, 'kantor imigrasi fi')).resolves.toBe(true);
  });

  it('verifies hashes made with other cost parameters, so the cost can change later', async () => {
    const salt = Buffer.from('saltsaltsaltsalt');
    const key = scryptSync('an older passphrase', salt, 32, { N: 2 ** 10, r: 8, p: 1 });
    const older = `$scrypt$ln=10,r=8,p=1$${salt.toString('base64').replace(/=+$/, '')}$${key.toString('base64').replace(/=+$/, '')}`;
    await expect(hasher.verify(older, 'an older passphrase')).resolves.toBe(true);
    await expect(hasher.verify(older, 'another passphrase')).resolves.toBe(false);
  });

  it('refuses anything that is not one of its hashes', async () => {
    await expect(hasher.verify('plain-text-password', 'plain-text-password')).resolves.toBe(false);
    await expect(hasher.verify('', '')).resolves.toBe(false);
  });
});
