import { Inject, Injectable, Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';

import {
  type AdapterRegistry,
  createAdapterRegistry,
  IntegrationError,
  IntegrationHub,
  type SimulatorServer,
  startSimulatorServer,
} from '@mpp/integrations';
import { loadDistrictCodes, RegionIntegrationsRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, repositoryProvider } from '@mpp/platform';

export const ADAPTER_REGISTRY = Symbol('ADAPTER_REGISTRY');
export const KNOWN_DISTRICTS = Symbol('KNOWN_DISTRICTS');

/**
 * The simulators when INTEGRATIONS_SIMULATOR_URL is unset: started once, on first use, on a
 * free loopback port, so `npm start` with no settings shows every integration working. Only
 * regions whose deployment names a `*-simulator` adapter ever start it, and never in
 * production, where a simulator adapter is a mistake that must show.
 */
@Injectable()
export class LocalSimulators implements OnApplicationShutdown {
  private readonly logger = new Logger('Simulators');
  private server?: Promise<SimulatorServer>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  url(): Promise<string> {
    if (this.config.env === 'production') {
      return Promise.reject(
        new IntegrationError('not-configured', 'a simulator adapter is named in production without INTEGRATIONS_SIMULATOR_URL', 300),
      );
    }
    this.server ??= startSimulatorServer().then((server) => {
      this.logger.log(`simulators of Dukcapil, OSS and Samsat serve test data at ${server.url}`);
      return server;
    });
    return this.server.then((server) => server.url);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) await (await this.server).close();
  }
}

export const INTEGRATION_PROVIDERS: Provider[] = [
  LocalSimulators,
  repositoryProvider(RegionIntegrationsRepository),
  // Built-in adapters and the provinces' own (libs/integrations/src/registry/province-adapters.ts).
  { provide: ADAPTER_REGISTRY, useFactory: (): AdapterRegistry => createAdapterRegistry() },
  {
    provide: IntegrationHub,
    useFactory: (registry: AdapterRegistry, config: AppConfig, simulators: LocalSimulators) =>
      new IntegrationHub(registry, config.integrations, () => simulators.url()),
    inject: [ADAPTER_REGISTRY, APP_CONFIG, LocalSimulators],
  },
  { provide: KNOWN_DISTRICTS, useFactory: (): ReadonlySet<string> => new Set(loadDistrictCodes()) },
];

/** Injects the kecamatan codes a NIK may start with. */
export const InjectKnownDistricts = () => Inject(KNOWN_DISTRICTS);
