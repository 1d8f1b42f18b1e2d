import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { maskNik } from '@mpp/domain';
import type { SealedNik } from '@mpp/persistence';

import type { AppConfig } from '../config/app-config';

export interface PersonalDataKeys {
  /** The first seals new values; the others only open values sealed before a rotation. */
  keys: { id: string; key: Buffer }[];
  indexKey: Buffer;
}

const VERSION = 'v1';
// Binds a ciphertext to its purpose: a sealed NIK cannot be passed off as another kind of value.
const AAD = Buffer.from('mpp:nik');

/**
 * NIK at rest (UU 27/2022; ENGINEERING.md "Personal data"): AES-256-GCM with a fresh 96-bit
 * nonce per value, stored as `v1.<keyId>.<nonce>.<tag>.<ciphertext>` (base64url), so a key can
 * be rotated by putting a new one first and the old ones after it. Exact search goes through a
 * blind index, HMAC-SHA256 of the NIK under a separate key: equal NIKs have equal indexes, and a
 * database dump alone reveals neither.
 */
export class NikCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: PersonalDataKeys) {
    if (keys.keys.length === 0) throw new Error('NikCipher needs at least one key');
    // Two keys under one id would open some values with the wrong key, and fail them.
    const ids = keys.keys.map((entry) => entry.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated !== undefined) throw new Error(`personal data key id "${repeated}" is configured twice`);
    this.byId = new Map(keys.keys.map((entry) => [entry.id, entry.key]));
  }

  seal(nik: string): SealedNik {
    const current = this.keys.keys[0];
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, nonce).setAAD(AAD);
    const body = Buffer.concat([cipher.update(nik, 'utf8'), cipher.final()]);
    const parts = [nonce, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return {
      encrypted: [VERSION, current.id, ...parts].join('.'),
      keyId: current.id,
      blindIndex: this.blindIndex(nik),
      masked: maskNik(nik),
    };
  }

  /** The NIK back; throws when the value was altered or its key is no longer configured. */
  open(encrypted: string): string {
    const [version, keyId, nonce, tag, body] = encrypted.split('.');
    const key = this.byId.get(keyId);
    if (version !== VERSION || !key || body === undefined) throw new Error(`cannot open a NIK sealed with key "${keyId}"`);
    const iv = Buffer.from(nonce, 'base64url');
    const authTag = Buffer.from(tag, 'base64url');
    // A short tag would be accepted by GCM and weakens forgery resistance; only what seal() writes opens.
    if (iv.length !== 12 || authTag.length !== 16) throw new Error(`cannot open a NIK sealed with key "${keyId}": malformed value`);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 }).setAAD(AAD);
    decipher.setAuthTag(authTag);
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  blindIndex(nik: string): string {
    return createHmac('sha256', this.keys.indexKey).update(nik).digest('hex');
  }
}

/**
 * PERSONAL_DATA_KEYS and PERSONAL_DATA_INDEX_KEY when set (required in production). Otherwise
 * keys kept in the data folder, made on first use, so a demo's data stays readable across
 * restarts and the apps of one checkout share them; no key is ever written in code.
 */
export function resolvePersonalDataKeys(config: AppConfig): PersonalDataKeys {
  const { keys, indexKey } = config.personalData;
  if (keys && indexKey) return { keys, indexKey };
  const file = path.resolve(config.database.dataDir, 'personal-data-keys.json');
  const read = (): PersonalDataKeys => {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { id: string; key: string; indexKey: string };
    return { keys: [{ id: stored.id, key: Buffer.from(stored.key, 'base64') }], indexKey: Buffer.from(stored.indexKey, 'base64') };
  };
  try {
    return read();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const stored = { id: 'local', key: randomBytes(32).toString('base64'), indexKey: randomBytes(32).toString('base64') };
    try {
      writeFileSync(file, JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
    } catch {
      // The other app wrote it first.
    }
    return read();
  }
}
