import { scryptSync } from 'node:crypto';

import { PasswordHasher } from './password-hasher';

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** A scrypt hash as the platform stored them before argon2id (decision 0003, superseded by 0006). */
function legacyScryptHash(password: string, ln = 10): string {
  const salt = Buffer.from('saltsaltsaltsalt');
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** ln, r: 8, p: 1 });
  return `$scrypt$ln=${ln},r=8,p=1$${b64(salt)}$${b64(key)}`;
}

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and a fresh salt, and verifies the right password only', async () => {
    const first = await hasher.hash('loket tiga buka jam tujuh');
    const second = await hasher.hash('loket tiga buka jam tujuh');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
    await expect(hasher.verify(first, 'loket tiga buka jam tujuh')).resolves.toBe(true);
    await expect(hasher.verify(first, 'loket tiga buka jam delapan')).resolves.toBe(false);
    expect(hasher.needsRehash(first)).toBe(false);
  });

  it('treats canonically equal Unicode spellings as the same password', async () => {
    const stored = await hasher.hash('kantor imigrasi ﬁ');
    await expect(hasher.verify(stored, 'kantor imigrasi fi')).resolves.toBe(true);
  });

  it('still verifies the scrypt hashes stored before argon2id, and asks for them to be replaced', async () => {
    const older = legacyScryptHash('an older passphrase');
    await expect(hasher.verify(older, 'an older passphrase')).resolves.toBe(true);
    await expect(hasher.verify(older, 'another passphrase')).resolves.toBe(false);
    expect(hasher.needsRehash(older)).toBe(true);
  });

  it('asks to rehash an argon2 hash of a weaker kind or cost', () => {
    expect(hasher.needsRehash('$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY')).toBe(
      true,
    );
    expect(hasher.needsRehash('$argon2i$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY')).toBe(
      true,
    );
  });

  it('refuses anything that is not one of its hashes', async () => {
    await expect(hasher.verify('plain-text-password', 'plain-text-password')).resolves.toBe(false);
    await expect(hasher.verify('$argon2id$garbage', 'x')).resolves.toBe(false);
    await expect(hasher.verify('', '')).resolves.toBe(false);
  });
});
