import type { RegionSource } from '../access/access.decorators';

/** The `x-access` extension as the access decorators write it into the document. */
type Integrators = { apiScope: string; region: RegionSource };

export type DocumentedAccess =
  | { kind: 'public'; reason: string; integrators?: Integrators }
  | { kind: 'authenticated'; apiKeys: boolean }
  | { kind: 'restricted'; roles: readonly string[]; apiScope?: string; region?: RegionSource }
  | { kind: 'device'; devices: readonly string[]; otherwisePublic?: string; integrators?: Integrators };

/** The access rule in words, for the operation's description: who may call it. */
export function describeAccess(access: DocumentedAccess): string {
  switch (access.kind) {
    case 'public':
      return `**Access:** public, without credentials. ${sentence(access.reason)}${integratorText(access.integrators)}`;
    case 'authenticated':
      return `**Access:** any signed-in staff member${access.apiKeys ? ', or any valid API key (X-API-Key)' : ''}.`;
    case 'restricted': {
      const key = access.apiScope ? `, or an API key with the scope \`${access.apiScope}\`` : '';
      const region = access.region ? `, for the region named by the ${access.region.in} \`${access.region.name}\`` : '';
      return `**Access:** staff with the role ${access.roles.map((role) => `\`${role}\``).join(', ')}${key}${region}.`;
    }
    case 'device': {
      const open = access.otherwisePublic ? ` Without a token, anyone: ${sentence(access.otherwisePublic)}` : '';
      return `**Access:** a registered ${access.devices.join(' or ')} of the site (X-Device-Token).${open}${integratorText(access.integrators)}`;
    }
  }
}

function integratorText(integrators: Integrators | undefined): string {
  if (!integrators) return '';
  return (
    ` An integrator may call it under its own API key (X-API-Key) with the scope \`${integrators.apiScope}\` for the region named by the` +
    ` ${integrators.region.in} \`${integrators.region.name}\`: it then has the key's own rate budget, and its writes are recorded with the key.`
  );
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
