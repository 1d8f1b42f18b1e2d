import { resolveService } from '../parse/validate-deployment';
import type { AgencyTemplate } from '../schema/deployment.schema';
import { type ServiceRecord, withoutOrigin } from './deployment-state';
import { canonical } from './plan-deployment';

/**
 * A stored service as a file entry that keeps its template link: `template:` plus only what
 * the region overrides, when that resolves against today's template to exactly the stored
 * service. First the region's own overrides as recorded; if the template changed since, the
 * fields that differ from it. Undefined when no such entry exists (no link, a template or
 * service gone, or a difference that overrides cannot express): the caller writes it whole.
 */
export function serviceEntry(
  code: string,
  record: ServiceRecord,
  templates: ReadonlyMap<string, AgencyTemplate>,
): Record<string, unknown> | undefined {
  const { origin, ...stored } = record;
  if (!origin) return undefined;
  const wanted = canonical({ code, ...stored, active: true });
  const [templateCode, serviceCode] = origin.template.split('/');
  const base = templates.get(templateCode)?.services.find((service) => service.code === serviceCode);
  if (!base) return undefined;
  const candidates = [origin.overrides, differences(base as unknown as Record<string, unknown>, { code, ...stored })];
  for (const overrides of candidates) {
    const entry = { template: origin.template, ...overrides };
    const resolved = resolveService(entry, templates);
    if ('service' in resolved && canonical(withoutOrigin(resolved.service)) === wanted) return entry;
  }
  return undefined;
}

/** The top-level fields of `actual` whose values differ from `base`, each written whole (objects merged field by field). */
function differences(base: Record<string, unknown>, actual: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(actual)) {
    const from = base[key];
    if (canonical(from) === canonical(value)) continue;
    const bothObjects = [from, value].every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
    result[key] = bothObjects ? differences(from as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return result;
}
