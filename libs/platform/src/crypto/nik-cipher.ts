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

// v1 (until December 2026) bound a value only to its kind, `mpp:nik`: a ciphertext copied onto
// another row opened there. v2 binds it to its kind and its row: `mpp:<kind>:<row id>`.
const BOUND = 'v2';
const UNBOUND = 'v1';
const UNBOUND_NIK_AAD = Buffer.from('mpp:nik');

/** What a sealed value is, and whose: the additional authenticated data it is sealed under. */
export interface SealContext {
  /** `nik`, `webhook-secret`, ...: a value of one kind cannot be passed off as another. */
  kind: string;
  /** The id of the row that holds it: copied onto another row, it no longer opens. */
  rowId: string;
}

/**
 * NIK at rest (UU 27/2022; ENGINEERING.md "Personal data"), and other values that must be
 * readable again but never stored plain (webhook signing secrets): AES-256-GCM with a fresh
 * 96-bit nonce per value, stored as `v2.<keyId>.<nonce>.<tag>.<ciphertext>` (base64url), so a key
 * can be rotated by putting a new one first and the old ones after it. The additional data binds
 * each value to its kind and to its row (decision 0034). Exact search goes through a blind index,
 * HMAC-SHA256 of the NIK under a separate key: equal NIKs have equal indexes, and a database dump
 * alone reveals neither.
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

  /** The id of the key new values are sealed with. */
  get currentKeyId(): string {
    return this.keys.keys[0].id;
  }

  /** A NIK sealed for the row `rowId` (an application, booking or complaint id). */
  seal(nik: string, rowId: string): SealedNik {
    return {
      encrypted: this.sealValue(nik, { kind: 'nik', rowId }),
      keyId: this.currentKeyId,
      blindIndex: this.blindIndex(nik),
      masked: maskNik(nik),
    };
  }

  /** The NIK back; throws when the value was altered, belongs to another row, or its key is no longer configured. */
  open(encrypted: string, rowId: string): string {
    return this.openValue(encrypted, { kind: 'nik', rowId });
  }

  sealValue(plain: string, context: SealContext): string {
    const current = this.keys.keys[0];
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, nonce).setAAD(boundAad(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [nonce, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return [BOUND, current.id, ...parts].join('.');
  }

  openValue(sealed: string, context: SealContext): string {
    const [version, keyId, nonce, tag, body] = sealed.split('.');
    const key = this.byId.get(keyId);
    // v1 values are NIKs sealed before row binding; they open until the re-seal has rewritten them as v2.
    const aad = version === BOUND ? boundAad(context) : version === UNBOUND && context.kind === 'nik' ? UNBOUND_NIK_AAD : undefined;
    if (!aad || !key || body === undefined) throw new Error(`cannot open a value sealed with key "${keyId}"`);
    const iv = Buffer.from(nonce, 'base64url');
    const authTag = Buffer.from(tag, 'base64url');
    // A short tag would be accepted by GCM and weakens forgery resistance; only what sealValue() writes opens.
    if (iv.length !== 12 || authTag.length !== 16) throw new Error(`cannot open a value sealed with key "${keyId}": malformed value`);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 }).setAAD(aad);
    decipher.setAuthTag(authTag);
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** True when a value is not sealed the way new values are (v1, or an older key): the re-seal rewrites it. */
  isStale(sealed: string): boolean {
    const [version, keyId] = sealed.split('.');
    return version !== BOUND || keyId !== this.currentKeyId;
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

function boundAad(context: SealContext): Buffer {
  if (!context.rowId) throw new Error(`a sealed ${context.kind} needs the id of its row`);
  return Buffer.from(`mpp:${context.kind}:${context.rowId}`);
}
