import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { AppConfig } from './app-config';

/**
 * The key that signs access tokens: AUTH_JWT_SECRET when set (required in production).
 * Otherwise a random key kept in the data folder, created on first use, so the apps of one
 * checkout share it and sessions survive a restart, with no key written in code.
 */
export function resolveAuthSecret(config: AppConfig): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  const file = path.resolve(config.database.dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // The other app wrote it first.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
