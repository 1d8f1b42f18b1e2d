import { IntegrationError } from '../errors/integration-error';
import type { HttpEndpoint } from '../http/json-client';
import type { BusinessLicensing } from '../licensing/business-licensing.port';
import { OssHttpAdapter } from '../licensing/oss-http.adapter';
import { DukcapilHttpAdapter } from '../population/dukcapil-http.adapter';
import type { PopulationRegistry } from '../population/population-registry.port';
import type { ResilienceSettings } from '../resilience/call-policy';
import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { SamsatJabarHttpAdapter } from '../vehicle-tax/samsat-jabar-http.adapter';
import { PROVINCE_ADAPTERS } from './province-adapters';
import type { VehicleTax } from '../vehicle-tax/vehicle-tax.port';
import type { ComplaintForwarding } from '../complaints/complaint-forwarding.port';
import { LaporHttpAdapter } from '../complaints/lapor-http.adapter';

/** The external systems a deployment file names an adapter for (`integrations:` in its YAML). */
export type IntegrationSystem = 'population' | 'licensing' | 'vehicleTax' | 'complaints';

export interface Ports {
  population: PopulationRegistry;
  licensing: BusinessLicensing;
  vehicleTax: VehicleTax;
  complaints: ComplaintForwarding;
}

type Transport = HttpEndpoint['transport'];

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

export class AdapterRegistry {
  private readonly definitions = new Map<string, AdapterDefinition>();

  constructor(definitions: AdapterDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: AdapterDefinition): this {
    if (!/^[a-z0-9-]+$/.test(definition.name))
      throw new Error(`adapter name "${definition.name}": lowercase letters, digits and dashes only`);
    if (this.definitions.has(definition.name)) throw new Error(`adapter "${definition.name}" is registered twice`);
    this.definitions.set(definition.name, definition);
    return this;
  }

  get(name: string): AdapterDefinition | undefined {
    return this.definitions.get(name);
  }

  /** For deployment validation: a file naming another adapter is refused. */
  names(): ReadonlySet<string> {
    return new Set(this.definitions.keys());
  }

  /** Each adapter's system, for deployment validation: an adapter named for another system is refused too. */
  systems(): ReadonlyMap<string, IntegrationSystem> {
    return new Map([...this.definitions.values()].map((definition) => [definition.name, definition.system]));
  }
}

/** The setting a factory needs, or `not-configured` naming the variable to set. */
export function required(value: string | undefined, variable: string): string {
  if (!value) throw new IntegrationError('not-configured', `${variable} is not set`, 300);
  return value;
}

const endpoint = (settings: IntegrationSettings, baseUrl: string, transport: Transport): HttpEndpoint => ({
  baseUrl,
  transport,
  splpKey: settings.splp.apiKey,
  splpKeyHeader: settings.splp.keyHeader,
});

const simulatorEndpoint = (settings: IntegrationSettings): HttpEndpoint => ({
  baseUrl: required(settings.simulatorUrl, 'INTEGRATIONS_SIMULATOR_URL'),
  transport: 'direct',
});

export const dukcapilHttp: AdapterDefinition<'population'> = {
  name: 'dukcapil-http',
  system: 'population',
  create: (settings) => {
    const own = settings.dukcapil;
    return new DukcapilHttpAdapter({
      endpoint: endpoint(settings, required(own.baseUrl, 'DUKCAPIL_BASE_URL'), own.transport),
      consumer: required(own.consumer, 'DUKCAPIL_CONSUMER'),
      credentials: {
        userId: required(own.userId, 'DUKCAPIL_USER_ID'),
        password: required(own.password, 'DUKCAPIL_PASSWORD'),
        ipUser: required(own.ipUser, 'DUKCAPIL_IP_USER'),
        threshold: own.threshold,
      },
    });
  },
};

export const dukcapilSimulated: AdapterDefinition<'population'> = {
  name: 'dukcapil-simulator',
  system: 'population',
  simulated: true,
  create: (settings) => {
    const { consumer, ...credentials } = SIMULATOR_CREDENTIALS.dukcapil;
    return new DukcapilHttpAdapter({
      endpoint: simulatorEndpoint(settings),
      consumer,
      credentials: { ...credentials, threshold: settings.dukcapil.threshold },
    });
  },
};

export const ossHttp: AdapterDefinition<'licensing'> = {
  name: 'oss-http',
  system: 'licensing',
  create: (settings) =>
    new OssHttpAdapter({
      endpoint: endpoint(settings, required(settings.oss.baseUrl, 'OSS_BASE_URL'), settings.oss.transport),
      userKey: required(settings.oss.userKey, 'OSS_USER_KEY'),
    }),
};

export const ossSimulated: AdapterDefinition<'licensing'> = {
  name: 'oss-simulator',
  system: 'licensing',
  simulated: true,
  create: (settings) => new OssHttpAdapter({ endpoint: simulatorEndpoint(settings), userKey: SIMULATOR_CREDENTIALS.oss.userKey }),
};

export const samsatJabarHttp: AdapterDefinition<'vehicleTax'> = {
  name: 'samsat-jabar-http',
  system: 'vehicleTax',
  create: (settings) =>
    new SamsatJabarHttpAdapter({
      endpoint: endpoint(settings, required(settings.samsat.baseUrl, 'SAMSAT_BASE_URL'), settings.samsat.transport),
      apiKey: required(settings.samsat.apiKey, 'SAMSAT_API_KEY'),
    }),
};

export const samsatSimulated: AdapterDefinition<'vehicleTax'> = {
  name: 'samsat-simulator',
  system: 'vehicleTax',
  simulated: true,
  create: (settings) => new SamsatJabarHttpAdapter({ endpoint: simulatorEndpoint(settings), apiKey: SIMULATOR_CREDENTIALS.samsat.apiKey }),
};

export const laporHttp: AdapterDefinition<'complaints'> = {
  name: 'lapor-http',
  system: 'complaints',
  create: (settings) =>
    new LaporHttpAdapter({
      endpoint: endpoint(settings, required(settings.lapor?.baseUrl, 'LAPOR_BASE_URL'), settings.lapor?.transport ?? 'splp'),
      secret: required(settings.lapor?.secret, 'LAPOR_AUTH_SECRET'),
      token: required(settings.lapor?.token, 'LAPOR_TOKEN'),
    }),
};

export const laporSimulated: AdapterDefinition<'complaints'> = {
  name: 'lapor-simulator',
  system: 'complaints',
  simulated: true,
  create: (settings) => new LaporHttpAdapter({ endpoint: simulatorEndpoint(settings), ...SIMULATOR_CREDENTIALS.lapor }),
};

export const BUILT_IN_ADAPTERS: AdapterDefinition[] = [
  dukcapilHttp,
  dukcapilSimulated,
  ossHttp,
  ossSimulated,
  samsatJabarHttp,
  samsatSimulated,
  laporHttp,
  laporSimulated,
];

/** The registry with the built-in adapters and those the provinces add (`province-adapters.ts`). */
export function createAdapterRegistry(extra: AdapterDefinition[] = PROVINCE_ADAPTERS): AdapterRegistry {
  return new AdapterRegistry([...BUILT_IN_ADAPTERS, ...extra]);
}
