import { resolveService } from '../parse/validate-deployment';
import type { AgencyTemplate } from '../schema/deployment.schema';
import { type ServiceRecord, withoutOrigin } from './deployment-state';
import { canonical } from './plan-deployment';

/** A region's service that came from a template, as stored. */
export interface LinkedService {
  regionCode: string;
  agencyCode: string;
  serviceCode: string;
  record: ServiceRecord;
}

/** One value a template change would change in a region's service. */
export interface FieldChange {
  /** Dotted path in the service, e.g. `standard.fee.amount`. */
  path: string;
  from: unknown;
  to: unknown;
}

export interface ServiceDrift {
  /** `agency/service` in the region. */
  key: string;
  /** `agency-template/service`. */
  template: string;
  fromVersion: number;
  /** update: re-applying the region's file would change these values; problem: the region's overrides no longer fit; removed: the template dropped the service. */
  action: 'update' | 'problem' | 'removed';
  changes?: FieldChange[];
  problem?: string;
}

export interface TemplateDrift {
  template: string;
  toVersion: number;
  /** Every region the change would touch, with how; regions it leaves alone are not listed. */
  regions: { regionCode: string; services: ServiceDrift[] }[];
  /** Linked services the change leaves as they are (their overrides cover what changed, or nothing changed). */
  unchanged: number;
}

/**
 * What a new version of a national template would change in every region whose services came
 * from it, if each region re-applied its file: the template's new values under each region's
 * own overrides, compared with what the region runs today. Read before publishing a template.
 */
export function planTemplateChange(template: AgencyTemplate, linked: readonly LinkedService[]): TemplateDrift {
  const templates = new Map([[template.code, template]]);
  const byRegion = new Map<string, ServiceDrift[]>();
  let unchanged = 0;
  for (const service of linked) {
    const origin = service.record.origin;
    if (!origin || origin.template.split('/')[0] !== template.code) continue;
    const base = { key: `${service.agencyCode}/${service.serviceCode}`, template: origin.template, fromVersion: origin.version };
    const resolved = resolveService({ template: origin.template, ...origin.overrides }, templates);
    let drift: ServiceDrift | undefined;
    if ('problem' in resolved) {
      drift =
        resolved.code === 'TEMPLATE_UNKNOWN' ? { ...base, action: 'removed' } : { ...base, action: 'problem', problem: resolved.problem };
    } else {
      const next: Record<string, unknown> = withoutOrigin(resolved.service);
      delete next['code'];
      delete next['active'];
      const changes = leafChanges(withoutOrigin(service.record), next, '');
      if (changes.length > 0) drift = { ...base, action: 'update', changes };
    }
    if (!drift) {
      unchanged += 1;
      continue;
    }
    byRegion.set(service.regionCode, [...(byRegion.get(service.regionCode) ?? []), drift]);
  }
  return {
    template: template.code,
    toVersion: template.version,
    regions: [...byRegion.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionCode, services]) => ({ regionCode, services: services.sort((a, b) => a.key.localeCompare(b.key)) })),
    unchanged,
  };
}

function leafChanges(from: unknown, to: unknown, path: string): FieldChange[] {
  if (canonical(from) === canonical(to)) return [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(from) || !isObject(to)) return [{ path, from, to }];
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return keys.flatMap((key) => leafChanges(from[key], to[key], path ? `${path}.${key}` : key));
}
