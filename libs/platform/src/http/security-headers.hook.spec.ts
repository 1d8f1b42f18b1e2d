import { securityHeaders } from './security-headers.hook';

describe('security headers', () => {
  it('are helmet’s, worked out once: a content security policy for our screens, no HSTS over plain HTTP', () => {
    const headers = securityHeaders();
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    expect(headers['content-security-policy']).toContain(`default-src 'self'`);
    expect(headers['content-security-policy']).toContain(`script-src 'self' 'unsafe-inline'`);
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toBeUndefined();
  });
});
