import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived download links: `<subject>.<expiry>.<MAC>`, the MAC (HMAC-SHA256, 128 bits kept)
 * covering a context the link is bound to (the region of its path), the subject (a document id)
 * and the expiry. Short enough for a path segment (Fastify allows 100 characters). Signed with a
 * key derived from the access-token key, so every API instance accepts every other's links and
 * nothing is kept per process.
 */
export class LinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('mpp:download-links').digest();
  }

  sign(context: string, subject: string, expiresAt: Date): string {
    const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
    return `${subject}.${expiry}.${this.mac(context, subject, expiry)}`;
  }

  /** The subject of a genuine, unexpired link for `context`, or undefined. */
  verify(context: string, token: string, now = new Date()): string | undefined {
    const [subject, expiry, mac, extra] = token.split('.');
    if (!subject || !expiry || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(context, subject, expiry));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return parseInt(expiry, 36) * 1000 > now.getTime() ? subject : undefined;
  }

  private mac(context: string, subject: string, expiry: string): string {
    return createHmac('sha256', this.key).update(`${context}|${subject}|${expiry}`).digest().subarray(0, 16).toString('base64url');
  }
}
