import { Document, isScalar, visit } from 'yaml';

import { WEEKDAYS } from '@mpp/domain';

import { type AgencyTemplate, API_VERSION, serviceSchema, siteSchema } from '../schema/deployment.schema';
import { type DeploymentState, type ServiceRecord, withoutOrigin } from './deployment-state';
import { serviceEntry } from './template-link';

/**
 * The live configuration of a region as a deployment file: what is active; a service that came
 * from a national template as `template:` plus only what the region overrides, any other
 * service whole. Applying the result changes nothing.
 */
export function exportDeployment(state: DeploymentState, exportedAt: Date, templates: ReadonlyMap<string, AgencyTemplate>): string {
  if (!state.region) throw new Error(`region ${state.regionCode} has no deployment`);
  const active = <T>(map: Map<string, { active: boolean; value: T }>) => [...map.entries()].filter(([, entry]) => entry.active);
  const agencies = active(state.agencies).map(([code, agency]) => ({
    code,
    name: agency.value.name,
    kind: agency.value.kind,
    sites: agency.value.sites,
    counters: active(state.counters)
      .filter(([key]) => key.startsWith(`${code}/`))
      .map(([key, counter]) => ({ code: key.slice(code.length + 1), name: counter.value.name })),
    services: active(state.services)
      .filter(([key]) => key.startsWith(`${code}/`))
      .map(
        ([key, service]) =>
          serviceEntry(key.slice(code.length + 1), service.value, templates) ?? wholeService(key.slice(code.length + 1), service.value),
      ),
  }));
  const document = {
    apiVersion: API_VERSION,
    kind: 'RegionDeployment',
    region: { code: state.regionCode, rolloutStatus: state.region.rolloutStatus, coordinator: state.region.coordinator },
    sites: active(state.sites).map(([, site]) => inReadingOrder(siteSchema.parse(site.value))),
    agencies,
    integrations: state.region.integrations,
    feedback: state.region.feedback,
  };
  return (
    `# yaml-language-server: $schema=./schema/region-deployment.schema.json\n` +
    `# Exported from the live configuration of ${state.regionCode} at ${exportedAt.toISOString()}.\n` +
    portableYaml(document)
  );
}

/**
 * Strings that a YAML 1.1 reader (PyYAML, older tools) would take for something else are
 * quoted: `15:00` is the number 900 there, `2026-08-17` a timestamp, `yes` and `on` booleans.
 */
const YAML_11_LOOKALIKES =
  /^(?:\d+(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?|y|n|yes|no|on|off|true|false|~|null|[-+]?[\d_.]+(?:e[-+]?\d+)?)$/i;

function portableYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML_11_LOOKALIKES.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

/**
 * A starting file for a region no one has written yet: every national template's agency and
 * services. What only the region knows (the address and location of its site, its hours)
 * is left for the team to fill in, and `validate` points at each such gap.
 */
export function initialDeployment(regionCode: string, regionName: string, templates: ReadonlyMap<string, AgencyTemplate>): string {
  const agencies = [...templates.values()]
    .sort((a, b) => (a.code === 'dpmptsp' ? -1 : b.code === 'dpmptsp' ? 1 : a.code.localeCompare(b.code)))
    .map((template, index) =>
      [
        `  - code: ${template.code}`,
        `    name: ${JSON.stringify(`${template.name} ${titleCase(regionName)}`)}`,
        `    kind: ${template.agencyKind}`,
        `    counters: [{ code: loket-${index + 1}, name: Loket ${index + 1} }]`,
        `    services:`,
        ...template.services.map((service) => `      - template: ${template.code}/${service.code}`),
      ].join('\n'),
    );
  return `# yaml-language-server: $schema=./schema/region-deployment.schema.json
# Starting file for ${regionName} (${regionCode}), written by \`npm run mpp -- init ${regionCode}\`.
# Remove the agencies that do not serve in your MPP, fill in what is marked, then run
# \`npm run mpp -- validate\` until it reports no problem, and \`plan\` / \`apply\`.
apiVersion: ${API_VERSION}
kind: RegionDeployment
region:
  code: '${regionCode}'
  rolloutStatus: planned
  coordinator: dpmptsp
sites:
  - code: mpp
    name: ${JSON.stringify(`Mal Pelayanan Publik ${titleCase(regionName)}`)}
    kind: mall
    address: FILL IN the street address of the MPP
    # The location in decimal degrees, e.g. { lat: -6.5951, lon: 106.7972 }
    coordinates: { lat: FILL IN latitude, lon: FILL IN longitude }
    hours:
      mon: [{ from: '08:00', to: '16:00' }]
      tue: [{ from: '08:00', to: '16:00' }]
      wed: [{ from: '08:00', to: '16:00' }]
      thu: [{ from: '08:00', to: '16:00' }]
      fri: [{ from: '08:00', to: '16:00' }]
    breaks:
      - { days: [fri], from: '11:30', to: '13:00', reason: Salat Jumat }
    ticketCutoff: { mon: '15:00', tue: '15:00', wed: '15:00', thu: '15:00', fri: '15:00' }
agencies:
${agencies.join('\n')}
integrations:
  population: dukcapil-simulator
  licensing: oss-simulator
  vehicleTax: samsat-simulator
  complaints: lapor-simulator
`;
}

function wholeService(code: string, record: ServiceRecord): Record<string, unknown> {
  return inReadingOrder(serviceSchema.parse({ code, ...withoutOrigin(record) }));
}

/**
 * Values read back from jsonb lose their key order; parsing restores the schema's order, and
 * weekdays go Monday first, as people write them.
 */
function inReadingOrder<T extends { hours?: Partial<Record<string, unknown>> }>(value: T): T {
  if (!value.hours) return value;
  const week = [...WEEKDAYS.slice(1), WEEKDAYS[0]];
  return {
    ...value,
    hours: Object.fromEntries(week.filter((day) => value.hours?.[day] !== undefined).map((day) => [day, value.hours?.[day]])),
  };
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
