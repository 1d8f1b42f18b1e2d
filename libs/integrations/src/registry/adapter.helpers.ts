import { IntegrationError } from '../errors/integration-error';
import type { HttpEndpoint } from '../http/json-client';
import type { IntegrationSettings, Transport } from './adapter.types';

// Helpers for writing an adapter definition. They import nothing of the registry, so a
// province's adapter (province-adapters.ts) can use them without an import cycle.

/** The setting a factory needs, or `not-configured` naming the variable to set. */
export function required(value: string | undefined, variable: string): string {
  if (!value) throw new IntegrationError('not-configured', `${variable} is not set`, 300);
  return value;
}

/** The endpoint of a real system: its base URL and transport, with the SPLP gateway key when routed through SPLP. */
export const endpoint = (settings: IntegrationSettings, baseUrl: string, transport: Transport): HttpEndpoint => ({
  baseUrl,
  transport,
  splpKey: settings.splp.apiKey,
  splpKeyHeader: settings.splp.keyHeader,
});

/** The endpoint of the simulators (INTEGRATIONS_SIMULATOR_URL), for the `*-simulator` adapters. */
export const simulatorEndpoint = (settings: IntegrationSettings): HttpEndpoint => ({
  baseUrl: required(settings.simulatorUrl, 'INTEGRATIONS_SIMULATOR_URL'),
  transport: 'direct',
});
