import type { IntegrationSystem } from '@mpp/domain';

import type { ComplaintForwarding } from '../complaints/complaint-forwarding.port';
import type { HttpEndpoint } from '../http/json-client';
import type { BusinessLicensing } from '../licensing/business-licensing.port';
import type { PopulationRegistry } from '../population/population-registry.port';
import type { ResilienceSettings } from '../resilience/call-policy';
import type { VehicleTax } from '../vehicle-tax/vehicle-tax.port';

// What an adapter is and what it is given: types only, so anything (a province's adapter
// included) may import them without pulling in the registry or the built-in adapters.

/** The external systems a deployment file names an adapter for (`integrations:` in its YAML); the list lives in the domain. */
export type { IntegrationSystem } from '@mpp/domain';

export interface Ports {
  population: PopulationRegistry;
  licensing: BusinessLicensing;
  vehicleTax: VehicleTax;
  complaints: ComplaintForwarding;
}

export type Transport = HttpEndpoint['transport'];

/** Every adapter setting, from the environment (platform config); secrets never come from files. */
export interface IntegrationSettings {
  resilience: ResilienceSettings;
  /** Base URL of the simulators, for the `*-simulator` adapters. */
  simulatorUrl?: string;
  splp: { apiKey?: string; keyHeader: string };
  dukcapil: {
    baseUrl?: string;
    transport: Transport;
    consumer?: string;
    userId?: string;
    password?: string;
    ipUser?: string;
    threshold: number;
  };
  oss: { baseUrl?: string; transport: Transport; userKey?: string };
  samsat: { baseUrl?: string; transport: Transport; apiKey?: string };
  /** SP4N-LAPOR!; optional so settings written before it existed still type-check. */
  lapor?: { baseUrl?: string; transport: Transport; secret?: string; token?: string };
}

/**
 * A named way to reach one system. A province that needs its own Samsat adapter writes a small
 * package exporting one of these (see the README) and registers it; its deployment file then
 * names it under `integrations.vehicleTax`.
 */
export interface AdapterDefinition<S extends IntegrationSystem = IntegrationSystem> {
  name: string;
  system: S;
  /** Talks to the simulators: the app starts them itself when INTEGRATIONS_SIMULATOR_URL is unset. */
  simulated?: boolean;
  /** Throws IntegrationError `not-configured` when a setting it needs is missing. */
  create(settings: IntegrationSettings): Ports[S];
}
