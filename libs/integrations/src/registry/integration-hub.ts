import type { Nib, PlateNumber } from '@mpp/domain';

import type { ComplaintForwarding, ForwardedComplaint } from '../complaints/complaint-forwarding.port';
import { IntegrationError } from '../errors/integration-error';
import type { BusinessLicensing, LicenceStatusReport } from '../licensing/business-licensing.port';
import type { CallOptions, PersonVerificationRequest, PopulationRegistry } from '../population/population-registry.port';
import { CallPolicies, type CallPolicy } from '../resilience/call-policy';
import type { VehicleTax } from '../vehicle-tax/vehicle-tax.port';
import type { IntegrationSettings, IntegrationSystem, Ports } from './adapter.types';
import type { AdapterRegistry } from './adapter-registry';

export interface ResolvedPort<S extends IntegrationSystem> {
  adapter: string;
  port: Ports[S];
}

/**
 * Hands out the port of a system for a region: the adapter its deployment names, wrapped in
 * that adapter's resilience for that region (so one failing province does not open the
 * circuit of another). Lookups are retried, writes are not.
 */
export class IntegrationHub {
  private readonly policies: CallPolicies;
  private readonly ports = new Map<string, Ports[IntegrationSystem]>();

  constructor(
    private readonly registry: AdapterRegistry,
    private readonly settings: IntegrationSettings,
    /** The simulators' base URL when settings give none (the app starts its own, once). */
    private readonly simulatorUrl: () => Promise<string> = async () => {
      throw new IntegrationError('not-configured', 'INTEGRATIONS_SIMULATOR_URL is not set', 300);
    },
  ) {
    this.policies = new CallPolicies(settings.resilience);
  }

  async port<S extends IntegrationSystem>(system: S, adapterName: string | undefined, regionCode: string): Promise<ResolvedPort<S>> {
    const definition = adapterName ? this.registry.get(adapterName) : undefined;
    if (!adapterName || !definition || definition.system !== system) {
      throw new IntegrationError('not-configured', `region ${regionCode} names no ${system} adapter this platform knows`, 300);
    }
    const key = `${adapterName}@${regionCode}`;
    let port = this.ports.get(key) as Ports[S] | undefined;
    if (!port) {
      const settings =
        definition.simulated && !this.settings.simulatorUrl ? { ...this.settings, simulatorUrl: await this.simulatorUrl() } : this.settings;
      port = resilient(system, definition.create(settings) as Ports[S], this.policies.for(adapterName, regionCode));
      this.ports.set(key, port);
    }
    return { adapter: adapterName, port };
  }

  /** The circuit of an adapter in a region, for health pages and tests. */
  circuit(adapterName: string, regionCode: string): CallPolicy['circuit'] {
    return this.policies.for(adapterName, regionCode).circuit;
  }
}

function resilient<S extends IntegrationSystem>(system: S, port: Ports[S], policy: CallPolicy): Ports[S] {
  const lookup = { idempotent: true };
  switch (system) {
    case 'population': {
      const inner = port as PopulationRegistry;
      const wrapped: PopulationRegistry = {
        verifyPerson: (request: PersonVerificationRequest, options?: CallOptions) =>
          policy.run((signal) => inner.verifyPerson(request, { ...options, signal }), lookup),
      };
      return wrapped as Ports[S];
    }
    case 'licensing': {
      const inner = port as BusinessLicensing;
      const wrapped: BusinessLicensing = {
        findBusiness: (nib: Nib, options?: CallOptions) => policy.run((signal) => inner.findBusiness(nib, { ...options, signal }), lookup),
        reportLicenceStatus: (report: LicenceStatusReport, options?: CallOptions) =>
          policy.run((signal) => inner.reportLicenceStatus(report, { ...options, signal }), { idempotent: false }),
      };
      return wrapped as Ports[S];
    }
    case 'complaints': {
      const inner = port as ComplaintForwarding;
      // Not retried here: the forwarding and status jobs retry with their own backoff, over hours if need be.
      const wrapped: ComplaintForwarding = {
        forward: (complaint: ForwardedComplaint, options?: CallOptions) =>
          policy.run((signal) => inner.forward(complaint, { ...options, signal }), { idempotent: false }),
        status: (trackingId: string, options?: CallOptions) =>
          policy.run((signal) => inner.status(trackingId, { ...options, signal }), { idempotent: false }),
      };
      return wrapped as Ports[S];
    }
    default: {
      const inner = port as VehicleTax;
      const wrapped: VehicleTax = {
        findVehicle: (plate: PlateNumber, options?: CallOptions) =>
          policy.run((signal) => inner.findVehicle(plate, { ...options, signal }), lookup),
      };
      return wrapped as Ports[S];
    }
  }
}
