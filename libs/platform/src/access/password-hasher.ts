import { scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * Password hashes with argon2id (the `argon2` package's prebuilt binary, computed in libuv's
 * thread pool so sign-ins do not block the event loop), in PHC string form
 * (`$argon2id$v=19$m=65536,p=4,t=3$<salt>$<hash>`). Hashes made before docs/decisions/0006
 * are scrypt (`$scrypt$ln=16,r=8,p=1$<salt>$<hash>`): they still verify, and `needsRehash`
 * tells the sign-in to replace them with argon2id once the password is known to be right.
 * Passwords are NFKC-normalised first, so canonically equal spellings are the same password.
 */
const ARGON2 = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;
const SCRYPT_PHC = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFKC'), ARGON2);
  }

  async verify(stored: string, password: string): Promise<boolean> {
    if (stored.startsWith('$argon2')) {
      // A stored value argon2 cannot read is a wrong password, never a 500.
      return argon2.verify(stored, password.normalize('NFKC')).catch(() => false);
    }
    return verifyScrypt(stored, password);
  }

  /** Whether a stored hash is older than today's scheme or cost, and should be replaced. */
  needsRehash(stored: string): boolean {
    if (!stored.startsWith('$argon2id$')) return true;
    try {
      return argon2.needsRehash(stored, ARGON2);
    } catch {
      return true;
    }
  }
}

async function verifyScrypt(stored: string, password: string): Promise<boolean> {
  const match = SCRYPT_PHC.exec(stored);
  if (!match) return false;
  const [, ln, r, p, salt, expected] = match;
  const expectedBytes = Buffer.from(expected, 'base64');
  const N = 2 ** Number(ln);
  // scrypt needs 128 * N * r bytes; allow that plus headroom.
  const options: ScryptOptions = { N, r: Number(r), p: Number(p), maxmem: 256 * N * Number(r) };
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expectedBytes.length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
  return actual.length === expectedBytes.length && timingSafeEqual(actual, expectedBytes);
}
