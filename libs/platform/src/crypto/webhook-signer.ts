import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import type { NikCipher } from './nik-cipher';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): `webhook-signature` is
 * `v1,` + base64 HMAC-SHA256 over `id.timestamp.body`, keyed with the base64 bytes after
 * `whsec_`. Small enough to keep here rather than depend on a package for twenty lines; the
 * spec's published example is its test.
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** What a receiver does: any `v1` signature of the header may match; the timestamp must be recent (replay guard). */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, headers.id, timestamp, body));
  return headers.signature
    .split(' ')
    .map((candidate) => Buffer.from(candidate))
    .some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected));
}

/** A subscription's signing secret as stored: sealed like a NIK, bound to its subscription (decision 0034). */
export function sealWebhookSecret(cipher: NikCipher, subscriptionId: string, secret: string): string {
  return cipher.sealValue(secret, { kind: 'webhook-secret', rowId: subscriptionId });
}

/** The secret to sign with. A `whsec_` value was stored plain before sealing: it signs until the re-seal has sealed it. */
export function openWebhookSecret(cipher: NikCipher, subscriptionId: string, stored: string): string {
  return stored.startsWith('whsec_') ? stored : cipher.openValue(stored, { kind: 'webhook-secret', rowId: subscriptionId });
}
