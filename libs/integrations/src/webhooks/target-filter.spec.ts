import { filteringLookup, isBlockedAddress, webhookTargetProblem } from './target-filter';

describe('webhook target filter', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::7f00:1',
  ])('blocks %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(['8.8.8.8', '103.10.20.30', '2606:4700::1111'])('lets %s through', (address) => expect(isBlockedAddress(address)).toBe(false));

  it('refuses http, loopback names and private literals in production, allows them outside', () => {
    expect(webhookTargetProblem('http://example.id/hook', false)).toMatch(/https/);
    expect(webhookTargetProblem('https://127.0.0.1/hook', false)).toMatch(/loopback/);
    expect(webhookTargetProblem('https://[::1]/hook', false)).toMatch(/loopback/);
    expect(webhookTargetProblem('https://localhost/hook', false)).toMatch(/loopback/);
    expect(webhookTargetProblem('https://localhost./hook', false)).toMatch(/loopback/);
    expect(webhookTargetProblem('https://[::127.0.0.1]/hook', false)).toMatch(/loopback/);
    expect(webhookTargetProblem('https://user:pw@example.id/hook', false)).toMatch(/credentials/);
    expect(webhookTargetProblem('https://example.id/hook', false)).toBeUndefined();
    expect(webhookTargetProblem('http://127.0.0.1:3181/hook', true)).toBeUndefined();
    expect(webhookTargetProblem('ftp://127.0.0.1/hook', true)).toMatch(/http/);
  });

  it('refuses at connect time a name that resolves to loopback (DNS rebinding)', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => filteringLookup('localhost', {}, (e) => resolve(e)));
    expect(error?.code).toBe('EADDRBLOCKED');
  });
});
