import { API_SCOPES, INTEGRATION_SYSTEMS, isCalendarDate, isTimeOfDay, RegionCode, WEEKDAYS } from '@mpp/domain';
import { z } from 'zod';
import { feedbackSettingsSchema } from './feedback.schema';

/**
 * The deployment file (format v1): one YAML file per kabupaten/kota under `deployments/`,
 * and agency templates under `deployments/national/`. `npm run mpp -- schema` writes the
 * JSON Schema of both for editors (deployments/schema/).
 */
export const API_VERSION = 'mpp.go.id/v1';

const code = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: `${what} must be 1 to 40 lowercase letters, digits and dashes, e.g. "disdukcapil"` });
const text = (max = 500) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const time = z.string().refine(isTimeOfDay, { error: 'must be a time of day HH:MM, e.g. "07:30"' });
const date = z.string().refine(isCalendarDate, { error: 'must be a date YYYY-MM-DD' });

const timeRange = z
  .strictObject({ from: time, to: time })
  .refine((range) => range.from < range.to, { error: '"to" must be after "from"', path: ['to'] });

const weekday = z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(', ')}` });
const weeklyHours = z.partialRecord(weekday, z.array(timeRange).max(4));

export const siteSchema = z.strictObject({
  code: code('site code'),
  name: text(200),
  kind: z.enum(['mall', 'satellite'], { error: 'must be mall or satellite (a service point of Perpres 89/2021)' }),
  address: text(300),
  coordinates: z.strictObject({ lat: z.number().min(-11.5).max(6.5), lon: z.number().min(94).max(141.5) }),
  hours: weeklyHours,
  breaks: z.array(z.strictObject({ days: z.array(weekday).min(1), from: time, to: time, reason: text(120) })).default([]),
  ticketCutoff: z.partialRecord(weekday, time).default({}),
  /** Local holidays on top of the national calendar (deployments/national/holidays-YYYY.yaml). */
  holidays: z.array(z.strictObject({ date, reason: text(120) })).default([]),
  /** Running text on the site's TV boards: notices to visitors, shown one after another. */
  boardText: z.array(text(200)).max(5).optional(),
});

const requirement = z.strictObject({ name: text(300), mandatory: z.boolean().default(true), note: text(300).optional() });

/** The 14 components of PermenPANRB 15/2014: six published, eight internal. */
export const serviceStandardSchema = z.strictObject({
  requirements: z.array(requirement).min(1, { error: 'list at least one requirement (persyaratan)' }),
  procedure: z.array(text(300)).min(1, { error: 'list the steps of the procedure (prosedur)' }),
  completionTime: z.strictObject({
    value: z.number().int().positive(),
    unit: z.enum(['minutes', 'hours', 'working_days'], { error: 'must be minutes, hours or working_days' }),
  }),
  fee: z.strictObject(
    {
      amount: z.number().int({ error: 'must be whole rupiah' }).min(0, { error: 'must be 0 (free) or more' }),
      legalBasis: text(300),
    },
    { error: 'every service states its fee (biaya/tarif): { amount, legalBasis }, amount 0 when free' },
  ),
  product: text(300),
  complaintChannel: text(300),
  legalBasis: z.array(text(300)).min(1, { error: 'name the legal basis (dasar hukum)' }),
  facilities: z.array(text(300)).default([]),
  staffCompetency: text(500).optional(),
  internalSupervision: text(500).optional(),
  staffCount: z.number().int().positive().optional(),
  serviceGuarantee: text(500).optional(),
  safetyGuarantee: text(500).optional(),
  performanceEvaluation: text(500).optional(),
});

export const queueSettingsSchema = z
  .strictObject({
    prefix: z.string().regex(/^[A-Z]{1,2}$/, { error: 'must be 1 or 2 capital letters, e.g. "A"' }),
    mode: z.enum(['walk_in', 'booking', 'both'], { error: 'must be walk_in, booking or both' }),
    dailyQuota: z.number().int().positive().max(50_000),
    slotMinutes: z.number().int().min(5).max(240).optional(),
    slotCapacity: z.number().int().positive().max(100).optional(),
    /** The order of calling (see `CallOrder` in libs/domain): visible to admins in the catalogue. */
    callOrder: z
      .discriminatedUnion(
        'strategy',
        [
          z.strictObject({ strategy: z.literal('fcfs') }),
          z.strictObject({ strategy: z.literal('booked_first'), windowMinutes: z.number().int().min(0).max(120).default(15) }),
          z.strictObject({ strategy: z.literal('weighted'), priorityWeight: z.number().min(1).max(10).default(3) }),
          z.strictObject({ strategy: z.literal('ratio'), regularPerPriority: z.number().int().min(1).max(20).default(3) }),
        ],
        { error: 'strategy must be fcfs, booked_first, weighted or ratio' },
      )
      .default({ strategy: 'fcfs' }),
  })
  .refine((queue) => queue.mode === 'walk_in' || (queue.slotMinutes !== undefined && queue.slotCapacity !== undefined), {
    error: 'booking needs slotMinutes and slotCapacity',
    path: ['slotMinutes'],
  });

export const serviceSchema = z.strictObject({
  code: code('service code'),
  name: text(200),
  description: text(1000).optional(),
  keywords: z.array(text(60)).default([]),
  standard: serviceStandardSchema,
  queue: queueSettingsSchema,
  /** Its own hours inside the site's, when narrower (e.g. passports in the morning). */
  hours: weeklyHours.optional(),
  active: z.boolean().default(true),
});

/** A service as a region writes it: whole, or a national template's with overrides. */
export const serviceEntrySchema = z.union([
  serviceSchema,
  z.looseObject({
    template: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must name "agency-template/service", e.g. "imigrasi/paspor-baru"' }),
  }),
]);

export const AGENCY_KINDS = ['perangkat_daerah', 'instansi_vertikal', 'bumn', 'bumd', 'swasta'] as const;

export const agencySchema = z.strictObject({
  code: code('agency code'),
  name: text(200),
  kind: z.enum(AGENCY_KINDS, { error: `must be one of ${AGENCY_KINDS.join(', ')}` }),
  sites: z.array(code('site code')).min(1).optional(),
  counters: z
    .array(z.strictObject({ code: code('counter code'), name: text(80) }))
    .min(1, { error: 'an agency needs at least one counter (loket)' }),
  services: z.array(serviceEntrySchema).min(1, { error: 'an agency offers at least one service' }),
});

export const regionDeploymentSchema = z.strictObject({
  apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }),
  kind: z.literal('RegionDeployment', { error: 'must be "RegionDeployment"' }),
  region: z.strictObject({
    code: z.string().refine(RegionCode.isValid, { error: 'must be a kabupaten/kota code such as "32.71"' }),
    rolloutStatus: z.enum(['planned', 'rintisan', 'operational', 'inaugurated'], {
      error: 'must be planned, rintisan, operational or inaugurated',
    }),
    coordinator: code('agency code'),
  }),
  sites: z.array(siteSchema).min(1, { error: 'a region has at least one site' }),
  agencies: z.array(agencySchema).min(1, { error: 'a region has at least one agency' }),
  /** Adapter per external system, by registry name (see libs/integrations). */
  integrations: z.partialRecord(z.enum(INTEGRATION_SYSTEMS), z.string().regex(/^[a-z0-9-]+$/)).default({}),
  /** Survey weight and wording, complaint deadlines and forwarding; national defaults when left out. */
  feedback: feedbackSettingsSchema.prefault({}),
  /** Scopes integrators of this region may be granted (informational). */
  integratorScopes: z.array(z.enum(API_SCOPES)).optional(),
});

export const agencyTemplateSchema = z.strictObject({
  apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }),
  kind: z.literal('AgencyTemplate', { error: 'must be "AgencyTemplate"' }),
  code: code('template code'),
  /** Raised with every change of a service in the template, so regions and drift reports can tell which one they hold. */
  version: z.number().int().positive({ error: 'must be a whole number from 1, raised with every change' }),
  name: text(200),
  agencyKind: z.enum(AGENCY_KINDS),
  services: z.array(serviceSchema).min(1),
});

export type SiteConfig = z.output<typeof siteSchema>;
export type ServiceConfig = z.output<typeof serviceSchema>;
export type AgencyInput = z.output<typeof agencySchema>;
export type RegionDeploymentInput = z.output<typeof regionDeploymentSchema>;
export type AgencyTemplate = z.output<typeof agencyTemplateSchema>;

/** Where a service written as `template: ...` came from: the template, its version, and what the region overrode. */
export interface TemplateOrigin {
  /** `agency-template/service`, as written in the file. */
  template: string;
  version: number;
  /** The region's own values, exactly as written next to `template:`. */
  overrides: Record<string, unknown>;
}

/** A service after templates are resolved: whole, and linked to its template when it came from one. */
export type ResolvedService = ServiceConfig & { origin?: TemplateOrigin };

/** An agency after templates are resolved: every service whole. */
export type AgencyConfig = Omit<AgencyInput, 'services'> & { services: ResolvedService[] };

export interface RegionDeployment extends Omit<RegionDeploymentInput, 'agencies'> {
  agencies: AgencyConfig[];
}

const dated = z.array(z.strictObject({ date, reason: text(120) }));

export const CALENDAR_YEAR_STATUSES = ['provisional', 'decree'] as const;

/**
 * National holidays and cuti bersama (deployments/national/holidays.yaml, or one year loaded
 * through the admin API or `mpp calendar load`). `years` says which years the file is the whole
 * truth for: loading it replaces those years and leaves every other year as it is. A year is
 * `provisional` until its dates are checked against the signed SKB of the three ministers.
 */
export const nationalCalendarSchema = z
  .strictObject({
    apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }),
    kind: z.literal('NationalCalendar', { error: 'must be "NationalCalendar"' }),
    years: z
      .array(
        z.strictObject({
          year: z.number().int().min(2000).max(2100),
          status: z.enum(CALENDAR_YEAR_STATUSES, { error: 'must be provisional (not yet checked against the signed SKB) or decree' }),
          source: text(500),
        }),
      )
      .min(1, { error: 'declare each year the file covers: { year, status, source }' }),
    holidays: dated,
    cutiBersama: dated.default([]),
  })
  .superRefine((calendar, context) => {
    const declared = calendar.years.map((entry) => entry.year);
    calendar.years.forEach((entry, index) => {
      if (declared.indexOf(entry.year) < index)
        context.addIssue({ code: 'custom', message: `year ${entry.year} is declared twice`, path: ['years', index, 'year'] });
      else if (!calendar.holidays.some((day) => day.date.startsWith(`${entry.year}-`)))
        context.addIssue({ code: 'custom', message: `year ${entry.year} has no holiday listed`, path: ['years', index, 'year'] });
    });
    const seen = new Set<string>();
    for (const list of ['holidays', 'cutiBersama'] as const) {
      calendar[list].forEach((day, index) => {
        if (seen.has(day.date)) context.addIssue({ code: 'custom', message: 'a date is listed twice', path: [list, index, 'date'] });
        seen.add(day.date);
        if (!declared.includes(Number(day.date.slice(0, 4))))
          context.addIssue({ code: 'custom', message: `${day.date} is in a year not declared under years`, path: [list, index, 'date'] });
      });
    }
  });

export type NationalCalendar = z.output<typeof nationalCalendarSchema>;
