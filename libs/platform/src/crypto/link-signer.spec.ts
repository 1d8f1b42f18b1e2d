import { LinkSigner } from './link-signer';

const DOCUMENT = '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f';

describe('LinkSigner', () => {
  const signer = new LinkSigner('a-signing-key-of-at-least-32-characters');
  const later = new Date(Date.now() + 60_000);

  it('opens its own unexpired links, also in another instance with the same key, and fits a path segment', () => {
    const token = signer.sign('32.71', DOCUMENT, later);
    expect(token.length).toBeLessThan(100);
    expect(signer.verify('32.71', token)).toBe(DOCUMENT);
    expect(new LinkSigner('a-signing-key-of-at-least-32-characters').verify('32.71', token)).toBe(DOCUMENT);
  });

  it('refuses expired, altered, foreign and misplaced links', () => {
    const token = signer.sign('32.71', DOCUMENT, later);
    const [, expiry, mac] = token.split('.');
    expect(signer.verify('32.71', token, new Date(later.getTime() + 1_000))).toBeUndefined();
    expect(signer.verify('36.74', token)).toBeUndefined();
    expect(signer.verify('32.71', `${DOCUMENT.replace('5b', '6b')}.${expiry}.${mac}`)).toBeUndefined();
    expect(signer.verify('32.71', `${DOCUMENT}.${(parseInt(expiry, 36) + 3600).toString(36)}.${mac}`)).toBeUndefined();
    expect(new LinkSigner('another-key-of-at-least-32-characters!!').verify('32.71', token)).toBeUndefined();
    expect(signer.verify('32.71', 'garbage')).toBeUndefined();
    expect(signer.verify('32.71', `${token}.x`)).toBeUndefined();
  });
});
