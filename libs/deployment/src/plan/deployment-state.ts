import type { AgencyConfig, RegionDeployment, ServiceConfig, SiteConfig, TemplateOrigin } from '../schema/deployment.schema';

/**
 * A region's configuration as comparable records, keyed the way the database keys them. Built
 * from a deployment file (what should be) or read from the database (what is), so planning is
 * a comparison of two values of one shape.
 */
export interface Versioned<T> {
  active: boolean;
  value: T;
}

export interface RegionRecord {
  rolloutStatus: RegionDeployment['region']['rolloutStatus'];
  coordinator: string;
  integrations: RegionDeployment['integrations'];
  feedback: RegionDeployment['feedback'];
}

export type AgencyRecord = Pick<AgencyConfig, 'name' | 'kind'> & { sites: string[] };
export type CounterRecord = { name: string };
/** A service as stored: whole (what the catalogue and the queue read), plus its template link when it has one. */
export type ServiceRecord = Omit<ServiceConfig, 'code' | 'active'> & { origin?: TemplateOrigin };

/** A value without its template link: what citizens and counters see. */
export function withoutOrigin<T extends { origin?: unknown }>(value: T): Omit<T, 'origin'> {
  const copy = { ...value };
  delete copy.origin;
  return copy;
}

export interface DeploymentState {
  regionCode: string;
  region?: RegionRecord;
  sites: Map<string, Versioned<SiteConfig>>;
  agencies: Map<string, Versioned<AgencyRecord>>;
  /** Keyed `agency/counter`. */
  counters: Map<string, Versioned<CounterRecord>>;
  /** Keyed `agency/service`. */
  services: Map<string, Versioned<ServiceRecord>>;
}

export function desiredState(deployment: RegionDeployment): DeploymentState {
  const siteCodes = deployment.sites.map((site) => site.code);
  const state: DeploymentState = {
    regionCode: deployment.region.code,
    region: {
      rolloutStatus: deployment.region.rolloutStatus,
      coordinator: deployment.region.coordinator,
      integrations: deployment.integrations,
      feedback: deployment.feedback,
    },
    sites: new Map(deployment.sites.map((site) => [site.code, { active: true, value: site }])),
    agencies: new Map(),
    counters: new Map(),
    services: new Map(),
  };
  for (const agency of deployment.agencies) {
    state.agencies.set(agency.code, { active: true, value: { name: agency.name, kind: agency.kind, sites: agency.sites ?? siteCodes } });
    for (const counter of agency.counters)
      state.counters.set(`${agency.code}/${counter.code}`, { active: true, value: { name: counter.name } });
    for (const service of agency.services) {
      const { code, active, ...record } = service;
      state.services.set(`${agency.code}/${code}`, { active, value: record });
    }
  }
  return state;
}
