import type { RegionSource } from '../access/access.decorators';

/** The `x-access` extension as the access decorators write it into the document. */
export type DocumentedAccess =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated'; apiKeys: boolean }
  | { kind: 'restricted'; roles: readonly string[]; apiScope?: string; region?: RegionSource }
  | { kind: 'device'; devices: readonly string[]; otherwisePublic?: string };

/** The access rule in words, for the operation's description: who may call it. */
export function describeAccess(access: DocumentedAccess): string {
  switch (access.kind) {
    case 'public':
      return `**Access:** public, without credentials. ${sentence(access.reason)}`;
    case 'authenticated':
      return `**Access:** any signed-in staff member${access.apiKeys ? ', or any valid API key (X-API-Key)' : ''}.`;
    case 'restricted': {
      const key = access.apiScope ? `, or an API key with the scope \`${access.apiScope}\`` : '';
      const region = access.region ? `, for the region named by the ${access.region.in} \`${access.region.name}\`` : '';
      return `**Access:** staff with the role ${access.roles.map((role) => `\`${role}\``).join(', ')}${key}${region}.`;
    }
    case 'device': {
      const open = access.otherwisePublic ? ` Without a token, anyone: ${sentence(access.otherwisePublic)}` : '';
      return `**Access:** a registered ${access.devices.join(' or ')} of the site (X-Device-Token).${open}`;
    }
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
