import { RegionCode } from '@mpp/domain';

import {
  type AgencyConfig,
  type AgencyTemplate,
  agencyTemplateSchema,
  type NationalCalendar,
  nationalCalendarSchema,
  type RegionDeployment,
  regionDeploymentSchema,
  type ResolvedService,
  type ServiceConfig,
  serviceSchema,
} from '../schema/deployment.schema';
import { deepMerge } from './deep-merge';
import type { DeploymentProblemCode } from './problem-messages';
import { placeholderProblems, siteTimeProblems } from './site-rules';
import { type DeploymentProblem, type PathSegment, type SourceFile, YamlSource } from './yaml-source';

export interface DeploymentContext {
  /** National agency templates by code (deployments/national/*.yaml). */
  templates: ReadonlyMap<string, AgencyTemplate>;
  /** Whether a kabupaten/kota code exists in the regions table. */
  regionExists: (code: string) => boolean | Promise<boolean>;
  /**
   * Adapter names the integrations registry knows; unset: not checked. A map also names each
   * adapter's system, so an adapter of one system named for another is refused too.
   */
  adapters?: ReadonlySet<string> | ReadonlyMap<string, string>;
}

export interface DeploymentValidation<T> {
  value?: T;
  problems: DeploymentProblem[];
}

/** Parses and checks the national holiday file. */
export function validateNationalCalendar(source: SourceFile): DeploymentValidation<NationalCalendar> {
  const { yaml, problems } = YamlSource.parse(source);
  if (!yaml) return { problems };
  const parsed = nationalCalendarSchema.safeParse(yaml.toJS());
  return parsed.success ? { value: parsed.data, problems: [] } : { problems: yaml.zodProblems(parsed.error) };
}

/** Parses and checks an agency template file; every problem at once, each with its line. */
export function validateAgencyTemplate(source: SourceFile): DeploymentValidation<AgencyTemplate> {
  const { yaml, problems } = YamlSource.parse(source);
  if (!yaml) return { problems };
  const parsed = agencyTemplateSchema.safeParse(yaml.toJS());
  if (!parsed.success) return { problems: yaml.zodProblems(parsed.error) };
  const duplicates = duplicatesOf(parsed.data.services.map((service) => service.code)).map((index) =>
    yaml.problem(['services', index, 'code'], 'DUPLICATE_CODE', `service code "${parsed.data.services[index].code}" is used twice`),
  );
  return duplicates.length > 0 ? { problems: duplicates } : { value: parsed.data, problems: [] };
}

/**
 * Parses and checks a region's deployment file against the schema, the national templates
 * it uses and the rules that span the file (unique codes, one ticket prefix per site, a real
 * region). Returns every problem at once, each with its path and line; the deployment only
 * when there is none.
 */
export async function validateDeployment(source: SourceFile, context: DeploymentContext): Promise<DeploymentValidation<RegionDeployment>> {
  const { yaml, problems: syntax } = YamlSource.parse(source);
  if (!yaml) return { problems: syntax };
  const raw = yaml.toJS() as { region?: { code?: unknown } } | null;
  // Placeholders first: "lat: FILL IN" is a placeholder to replace, not a number of the wrong type.
  const placeholders = placeholderProblems(raw).map((found) => yaml.problem(found.path, found.code, found.message));
  if (placeholders.length > 0) return { problems: placeholders };
  const parsed = regionDeploymentSchema.safeParse(raw);
  if (!parsed.success) {
    // Report an unknown region with the schema's problems, so one run lists them all.
    const code = raw?.region?.code;
    const unknownRegion =
      typeof code === 'string' && RegionCode.isValid(code) && !(await context.regionExists(code))
        ? [yaml.problem(['region', 'code'], 'REGION_NOT_FOUND', `no kabupaten/kota has the code ${code}`)]
        : [];
    return { problems: [...unknownRegion, ...yaml.zodProblems(parsed.error)] };
  }
  const input = parsed.data;
  const problems: DeploymentProblem[] = [];
  const problem = (path: PathSegment[], code: DeploymentProblemCode, message: string) => problems.push(yaml.problem(path, code, message));

  if (!(await context.regionExists(input.region.code))) {
    problem(['region', 'code'], 'REGION_NOT_FOUND', `no kabupaten/kota has the code ${input.region.code}`);
  }

  const agencies: AgencyConfig[] = input.agencies.map((agency, agencyIndex) => ({
    ...agency,
    services: agency.services.flatMap((entry, serviceIndex) => {
      const resolved = resolveService(entry, context.templates);
      if ('problem' in resolved) {
        problem(['agencies', agencyIndex, 'services', serviceIndex, ...resolved.path], resolved.code, resolved.problem);
        return [];
      }
      return [resolved.service];
    }),
  }));

  input.sites.forEach((site, siteIndex) => {
    for (const found of siteTimeProblems(site, ['sites', siteIndex])) problem(found.path, found.code, found.message);
  });

  const siteCodes = input.sites.map((site) => site.code);
  for (const index of duplicatesOf(siteCodes))
    problem(['sites', index, 'code'], 'DUPLICATE_CODE', `site code "${siteCodes[index]}" is used twice`);
  const agencyCodes = agencies.map((agency) => agency.code);
  for (const index of duplicatesOf(agencyCodes))
    problem(['agencies', index, 'code'], 'DUPLICATE_CODE', `agency code "${agencyCodes[index]}" is used twice`);
  if (!agencyCodes.includes(input.region.coordinator)) {
    problem(['region', 'coordinator'], 'AGENCY_UNKNOWN', `the coordinator "${input.region.coordinator}" is not one of the agencies`);
  }

  const prefixes = new Map<string, string>();
  agencies.forEach((agency, agencyIndex) => {
    const counterCodes = agency.counters.map((counter) => counter.code);
    for (const index of duplicatesOf(counterCodes)) {
      problem(
        ['agencies', agencyIndex, 'counters', index, 'code'],
        'DUPLICATE_CODE',
        `counter code "${counterCodes[index]}" is used twice in ${agency.code}`,
      );
    }
    const serviceCodes = agency.services.map((service) => service.code);
    for (const index of duplicatesOf(serviceCodes)) {
      problem(
        ['agencies', agencyIndex, 'services', index],
        'DUPLICATE_CODE',
        `service code "${serviceCodes[index]}" is used twice in ${agency.code}`,
      );
    }
    (agency.sites ?? []).forEach((site, siteIndex) => {
      if (!siteCodes.includes(site))
        problem(['agencies', agencyIndex, 'sites', siteIndex], 'SITE_UNKNOWN', `site "${site}" is not one of the sites`);
    });
    for (const site of agency.sites ?? siteCodes) {
      agency.services.forEach((service, serviceIndex) => {
        const key = `${site}:${service.queue.prefix}`;
        const owner = prefixes.get(key);
        if (owner) {
          problem(
            ['agencies', agencyIndex, 'services', serviceIndex, 'queue', 'prefix'],
            'DUPLICATE_TICKET_PREFIX',
            `ticket prefix "${service.queue.prefix}" at site ${site} is already used by ${owner}`,
          );
        } else {
          prefixes.set(key, `${agency.code}/${service.code}`);
        }
      });
    }
  });

  if (context.adapters) {
    for (const [system, adapter] of Object.entries(input.integrations)) {
      if (!context.adapters.has(adapter)) {
        problem(['integrations', system], 'ADAPTER_UNKNOWN', `no integration adapter is named "${adapter}"`);
      } else if (context.adapters instanceof Map && context.adapters.get(adapter) !== system) {
        problem(
          ['integrations', system],
          'ADAPTER_WRONG_SYSTEM',
          `adapter "${adapter}" is for ${context.adapters.get(adapter)}, not ${system}`,
        );
      }
    }
  }

  return problems.length > 0 ? { problems } : { value: { ...input, agencies }, problems: [] };
}

type Resolution = { service: ResolvedService } | { problem: string; code: DeploymentProblemCode; path: PathSegment[] };

/** A service entry as the region wrote it: whole, or a template's service with the region's overrides. */
export function resolveService(entry: unknown, templates: ReadonlyMap<string, AgencyTemplate>): Resolution {
  const record = entry as Record<string, unknown>;
  if (typeof record['template'] !== 'string') return { service: entry as ServiceConfig };
  const [templateCode, serviceCode] = record['template'].split('/');
  const template = templates.get(templateCode);
  const base = template?.services.find((service) => service.code === serviceCode);
  if (!template || !base)
    return { problem: `no national template service "${record['template']}"`, code: 'TEMPLATE_UNKNOWN', path: ['template'] };
  const overrides = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'template'));
  const merged = serviceSchema.safeParse(deepMerge(base, overrides));
  if (merged.success)
    return { service: { ...merged.data, origin: { template: record['template'], version: template.version, overrides } } };
  const issue = merged.error.issues[0];
  return {
    problem: `${record['template']} with its overrides: ${issue.path.join('.')} ${issue.message}`,
    code: 'FIELD_INVALID',
    path: issue.path as PathSegment[],
  };
}

function duplicatesOf(values: string[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [index] : []));
}
