import { Injectable } from '@nestjs/common';
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * Password hashes with scrypt from Node's own crypto (memory-hard, salted, run in libuv's
 * thread pool so sign-ins do not block the event loop), in PHC string form:
 * `$scrypt$ln=16,r=8,p=1$<salt>$<hash>`. The parameters travel with each hash, so they can be
 * raised later without invalidating stored passwords. Why not argon2: docs/decisions/0003.
 */
const COST = { ln: 16, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const PHC = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

@Injectable()
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const hash = await derive(password, salt, COST);
    return `$scrypt$ln=${COST.ln},r=${COST.r},p=${COST.p}$${b64(salt)}$${b64(hash)}`;
  }

  async verify(stored: string, password: string): Promise<boolean> {
    const match = PHC.exec(stored);
    if (!match) return false;
    const [, ln, r, p, salt, expected] = match;
    const expectedBytes = Buffer.from(expected, 'base64');
    const actual = await derive(
      password,
      Buffer.from(salt, 'base64'),
      { ln: Number(ln), r: Number(r), p: Number(p) },
      expectedBytes.length,
    );
    return actual.length === expectedBytes.length && timingSafeEqual(actual, expectedBytes);
  }
}

function derive(password: string, salt: Buffer, cost: { ln: number; r: number; p: number }, length = KEY_LENGTH): Promise<Buffer> {
  const N = 2 ** cost.ln;
  // scrypt needs 128 * N * r bytes; allow that plus headroom.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}
