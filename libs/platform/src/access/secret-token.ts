import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Opaque secrets handed out once (refresh tokens, API keys): `<public id>.<secret>` style,
 * looked up by the public part and checked by a SHA-256 of the secret. The secrets are 256
 * random bits, so a fast hash suffices; a stolen table yields nothing usable.
 */
export function newSecret(): { secret: string; hash: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, hash: Buffer): boolean {
  const candidate = hashSecret(secret);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}

export function newId(): string {
  return randomUUID();
}

/** A short, unambiguous, lowercase prefix that names an API key in listings and support tickets. */
export function newKeyPrefix(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('');
}
