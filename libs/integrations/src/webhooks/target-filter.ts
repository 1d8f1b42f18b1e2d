import dns from 'node:dns';
import net from 'node:net';

/**
 * SSRF guard for webhook targets (OWASP API7). In production only https, and never an address
 * in a loopback, private, link-local, CGNAT, multicast or reserved range. Checked twice: on the
 * URL when the subscription is made, and on the address actually connected to (the `lookup`
 * below), so a name that resolves to a public address at subscription time and to 127.0.0.1
 * later (DNS rebinding) is still refused.
 */
const BLOCKED = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  // The unspecified and loopback addresses and the deprecated IPv4-compatible range (`::127.0.0.1`).
  ['::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a URL cannot be a webhook target, or undefined when it can. `allowPrivate` is for development and tests. */
export function webhookTargetProblem(input: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'not an absolute URL';
  }
  if (url.username || url.password) return 'credentials in the URL are not allowed; authenticate with the signature';
  if (allowPrivate) return ['http:', 'https:'].includes(url.protocol) ? undefined : 'only http and https URLs';
  if (url.protocol !== 'https:') return 'only https URLs in production';
  // `localhost.` is `localhost`: a trailing dot only makes the name absolute.
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback targets are not allowed';
  if (net.isIP(host) && isBlockedAddress(host)) return 'loopback, private and link-local addresses are not allowed';
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for http(s) agents that refuses blocked addresses at connect time. */
export function filteringLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
    if (blocked) {
      const refusal: NodeJS.ErrnoException = new Error(`${hostname} resolves to a blocked address`);
      refusal.code = 'EADDRBLOCKED';
      return callback(refusal, '');
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
}
