import { createCipheriv, randomBytes } from 'node:crypto';

import { NikCipher } from './nik-cipher';

const NIK = '3271014708900001';
const ROW = '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03';
const keys = (id: string) => ({ id, key: randomBytes(32) });

describe('NikCipher', () => {
  const indexKey = randomBytes(32);
  const old = keys('2025b');
  const current = keys('2026a');
  const cipher = new NikCipher({ keys: [current, old], indexKey });

  it('seals a NIK so that neither it nor its digits appear, and opens it again', () => {
    const sealed = cipher.seal(NIK, ROW);
    expect(sealed).toMatchObject({ keyId: '2026a', masked: '3271********0001' });
    expect(sealed.encrypted).toMatch(/^v2\.2026a\./);
    expect(sealed.encrypted).not.toContain(NIK);
    expect(sealed.encrypted).not.toContain(Buffer.from(NIK).toString('base64'));
    expect(cipher.open(sealed.encrypted, ROW)).toBe(NIK);
  });

  it('uses a fresh nonce each time, with one blind index per NIK', () => {
    const [a, b] = [cipher.seal(NIK, ROW), cipher.seal(NIK, ROW)];
    expect(a.encrypted).not.toBe(b.encrypted);
    expect(a.blindIndex).toBe(b.blindIndex);
    expect(a.blindIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.seal('3674021203850003', ROW).blindIndex).not.toBe(a.blindIndex);
  });

  it('opens values sealed before a rotation with the key id stored beside them', () => {
    const before = new NikCipher({ keys: [old], indexKey }).seal(NIK, ROW);
    expect(before.keyId).toBe('2025b');
    expect(cipher.open(before.encrypted, ROW)).toBe(NIK);
    expect(cipher.seal(NIK, ROW).keyId).toBe('2026a');
  });

  it('refuses an altered value and a value whose key is gone', () => {
    const sealed = cipher.seal(NIK, ROW).encrypted;
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4], 'base64url');
    body[0] ^= 1;
    expect(() => cipher.open([...parts.slice(0, 4), body.toString('base64url')].join('.'), ROW)).toThrow();
    expect(() => new NikCipher({ keys: [keys('other')], indexKey }).open(sealed, ROW)).toThrow(/key "2026a"/);
  });

  it('gives another blind index under another index key, so a dump with a stolen index key of one deployment does not match another', () => {
    expect(new NikCipher({ keys: [current], indexKey: randomBytes(32) }).blindIndex(NIK)).not.toBe(cipher.blindIndex(NIK));
  });

  it('opens only full-length nonces and tags, and refuses a key id configured twice', () => {
    const [version, id, nonce, tag, body] = cipher.seal(NIK, ROW).encrypted.split('.');
    const shortTag = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => cipher.open([version, id, nonce, shortTag, body].join('.'), ROW)).toThrow(/malformed/);
    const longNonce = Buffer.concat([Buffer.from(nonce, 'base64url'), Buffer.alloc(4)]).toString('base64url');
    expect(() => cipher.open([version, id, longNonce, tag, body].join('.'), ROW)).toThrow(/malformed/);
    expect(() => new NikCipher({ keys: [current, { ...old, id: '2026a' }], indexKey })).toThrow(/configured twice/);
  });

  it('binds a value to its row: a NIK copied onto another row does not open there', () => {
    const sealed = cipher.seal(NIK, ROW).encrypted;
    expect(() => cipher.open(sealed, 'another-row')).toThrow();
    expect(() => cipher.openValue(sealed, { kind: 'webhook-secret', rowId: ROW })).toThrow();
    expect(() => cipher.seal(NIK, '')).toThrow(/id of its row/);
  });

  it('still opens a NIK sealed before row binding (v1), and calls it stale until it is sealed again', () => {
    const nonce = randomBytes(12);
    const legacy = createCipheriv('aes-256-gcm', current.key, nonce).setAAD(Buffer.from('mpp:nik'));
    const body = Buffer.concat([legacy.update(NIK, 'utf8'), legacy.final()]);
    const v1 = ['v1', '2026a', nonce, legacy.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    expect(cipher.open(v1, ROW)).toBe(NIK);
    expect(cipher.isStale(v1)).toBe(true);
    expect(() => cipher.openValue(v1, { kind: 'webhook-secret', rowId: ROW })).toThrow();
    expect(cipher.isStale(cipher.seal(NIK, ROW).encrypted)).toBe(false);
    expect(cipher.isStale(new NikCipher({ keys: [old], indexKey }).seal(NIK, ROW).encrypted)).toBe(true);
  });
});
