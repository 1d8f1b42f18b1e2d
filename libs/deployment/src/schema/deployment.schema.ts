import { z } from 'zod';

import { API_SCOPES, INTEGRATION_SYSTEMS, isCalendarDate, isTimeOfDay, RegionCode, WEEKDAYS } from '@mpp/domain';

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

// Every field carries a description: editors (yaml-language-server) show it on hover and in
// completion, and json-schema.spec.ts fails on a field without one.
const timeRange = z
  .strictObject({
    from: time.describe('Opens at, local time of the site (HH:MM, quoted: "07:30")'),
    to: time.describe('Closes at, local time of the site (HH:MM, quoted: "15:00"); after "from"'),
  })
  .refine((range) => range.from < range.to, { error: '"to" must be after "from"', path: ['to'] });

const weekday = z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(', ')}` });
const weeklyHours = z.partialRecord(
  weekday,
  z.array(timeRange).max(4).describe('Opening periods of that day, e.g. [{ from: "07:30", to: "15:00" }]; a day left out is closed'),
);

export const siteSchema = z.strictObject({
  code: code('site code').describe(
    'The site\'s code, unique in the region (lowercase, digits, dashes): used in URLs and by agencies\' "sites"',
  ),
  name: text(200).describe('The site\'s name as visitors see it, e.g. "MPP Kota Bogor"'),
  kind: z
    .enum(['mall', 'satellite'], { error: 'must be mall or satellite (a service point of Perpres 89/2021)' })
    .describe('mall: the Mal Pelayanan Publik itself; satellite: another service point of the region (Perpres 89/2021)'),
  address: text(300).describe('Street address, shown to citizens (not the init placeholder)'),
  coordinates: z
    .strictObject({
      lat: z.number().min(-11.5).max(6.5).describe('Latitude in decimal degrees (Indonesia: -11.5 to 6.5)'),
      lon: z.number().min(94).max(141.5).describe('Longitude in decimal degrees (Indonesia: 94 to 141.5)'),
    })
    .describe('Where the site is, for maps (not the init example coordinates)'),
  hours: weeklyHours.describe("Weekly opening hours per day (mon, tue, wed, thu, fri, sat, sun), in the site's own time zone"),
  breaks: z
    .array(
      z
        .strictObject({
          days: z.array(weekday).min(1).describe('The days the break applies to, e.g. [friday]'),
          from: time.describe('Break starts (HH:MM, quoted), inside the opening hours'),
          to: time.describe('Break ends (HH:MM, quoted), inside the opening hours'),
          reason: text(120).describe('Why, shown to visitors, e.g. "Istirahat salat Jumat"'),
        })
        .describe('A recurring break: no tickets are called and no slots are offered during it'),
    )
    .default([])
    .describe('Recurring breaks inside the opening hours (e.g. Friday prayers)'),
  ticketCutoff: z
    .partialRecord(weekday, time.describe('Last walk-in ticket of that day (HH:MM, quoted), before closing'))
    .default({})
    .describe('Per day, the time after which no walk-in ticket is issued; a day left out takes tickets until closing'),
  holidays: z
    .array(
      z
        .strictObject({
          date: date.describe('The day (YYYY-MM-DD)'),
          reason: text(120).describe('Why the site is closed, shown to visitors'),
        })
        .describe('A local holiday: the site is closed all day'),
    )
    .default([])
    .describe('Local holidays on top of the national calendar (deployments/national/holidays.yaml)'),
  boardText: z
    .array(text(200).describe('One notice'))
    .max(5)
    .optional()
    .describe("Running text on the site's TV boards: notices to visitors, shown one after another (at most 5)"),
});

const requirement = z
  .strictObject({
    name: text(300).describe('What the applicant brings or provides, e.g. "Kartu Keluarga asli"'),
    mandatory: z.boolean().default(true).describe('false for a requirement that is only sometimes needed (default true)'),
    note: text(300).optional().describe('When or how it applies'),
  })
  .describe('One requirement (persyaratan)');

/** The 14 components of PermenPANRB 15/2014: six published, eight internal. */
export const serviceStandardSchema = z.strictObject({
  requirements: z
    .array(requirement)
    .min(1, { error: 'list at least one requirement (persyaratan)' })
    .describe('Persyaratan: what the applicant must bring (published)'),
  procedure: z
    .array(text(300).describe('One step'))
    .min(1, { error: 'list the steps of the procedure (prosedur)' })
    .describe('Sistem, mekanisme dan prosedur: the steps in order (published)'),
  completionTime: z
    .strictObject({
      value: z.number().int().positive().describe('How many units'),
      unit: z
        .enum(['minutes', 'hours', 'working_days'], { error: 'must be minutes, hours or working_days' })
        .describe("minutes, hours, or working_days (counted on the region's calendar for applications' due dates)"),
    })
    .describe('Jangka waktu penyelesaian: how long the service takes (published)'),
  fee: z
    .strictObject(
      {
        amount: z
          .number()
          .int({ error: 'must be whole rupiah' })
          .min(0, { error: 'must be 0 (free) or more' })
          .describe('Whole rupiah; 0 when free'),
        legalBasis: text(300).describe('The regulation that sets the fee (or makes it free), e.g. a Perda or PP'),
      },
      { error: 'every service states its fee (biaya/tarif): { amount, legalBasis }, amount 0 when free' },
    )
    .describe('Biaya/tarif: the fee and its legal basis (published)'),
  product: text(300).describe('Produk pelayanan: what the citizen receives (published)'),
  complaintChannel: text(300).describe('Penanganan pengaduan, saran dan masukan: where to complain (published)'),
  legalBasis: z
    .array(text(300).describe('One regulation'))
    .min(1, { error: 'name the legal basis (dasar hukum)' })
    .describe('Dasar hukum: the regulations the service rests on'),
  facilities: z.array(text(300).describe('One facility')).default([]).describe('Sarana, prasarana dan/atau fasilitas'),
  staffCompetency: text(500).optional().describe('Kompetensi pelaksana: what the staff must know'),
  internalSupervision: text(500).optional().describe('Pengawasan internal: who supervises the service'),
  staffCount: z.number().int().positive().optional().describe('Jumlah pelaksana: how many staff serve it'),
  serviceGuarantee: text(500).optional().describe('Jaminan pelayanan: what the agency guarantees'),
  safetyGuarantee: text(500).optional().describe('Jaminan keamanan dan keselamatan pelayanan'),
  performanceEvaluation: text(500).optional().describe('Evaluasi kinerja pelaksana: how performance is reviewed'),
});

export const queueSettingsSchema = z
  .strictObject({
    prefix: z
      .string()
      .regex(/^[A-Z]{1,2}$/, { error: 'must be 1 or 2 capital letters, e.g. "A"' })
      .describe('Letters before the ticket number ("A" gives A-001), numbered per prefix, site and day'),
    mode: z
      .enum(['walk_in', 'booking', 'both'], { error: 'must be walk_in, booking or both' })
      .describe('walk_in: tickets at the kiosk or phone; booking: slots booked ahead; both'),
    dailyQuota: z.number().int().positive().max(50_000).describe('Most tickets and bookings per site and day'),
    slotMinutes: z.number().int().min(5).max(240).optional().describe('Length of a booking slot in minutes (needed for booking)'),
    slotCapacity: z.number().int().positive().max(100).optional().describe('Bookings per slot (needed for booking)'),
    /** The order of calling (see `CallOrder` in libs/domain): visible to admins in the catalogue. */
    callOrder: z
      .discriminatedUnion(
        'strategy',
        [
          z.strictObject({ strategy: z.literal('fcfs').describe('First come, first served; priority marks ignored') }),
          z.strictObject({
            strategy: z.literal('booked_first').describe('Bookings whose slot starts within the window first, by slot'),
            windowMinutes: z.number().int().min(0).max(120).default(15).describe('How early a booking goes first (default 15)'),
          }),
          z.strictObject({
            strategy: z.literal('weighted').describe('By weight × minutes waited'),
            priorityWeight: z.number().min(1).max(10).default(3).describe("A priority visitor's minute counts this many (default 3)"),
          }),
          z.strictObject({
            strategy: z.literal('ratio').describe('Two lines; one priority call after every N regular ones'),
            regularPerPriority: z.number().int().min(1).max(20).default(3).describe('Regular calls between two priority calls (default 3)'),
          }),
        ],
        { error: 'strategy must be fcfs, booked_first, weighted or ratio' },
      )
      .default({ strategy: 'fcfs' })
      .describe('The order of calling: fcfs (default), booked_first, weighted or ratio'),
  })
  .refine((queue) => queue.mode === 'walk_in' || (queue.slotMinutes !== undefined && queue.slotCapacity !== undefined), {
    error: 'booking needs slotMinutes and slotCapacity',
    path: ['slotMinutes'],
  });

export const serviceSchema = z.strictObject({
  code: code('service code').describe("The service's code, unique in its agency: used in URLs"),
  name: text(200).describe("The service's name as citizens search for it"),
  description: text(1000).optional().describe('A short explanation for citizens'),
  keywords: z.array(text(60).describe('One search word')).default([]).describe('More words the catalogue search matches'),
  standard: serviceStandardSchema.describe('The service standard of PermenPANRB 15/2014: six published, eight internal components'),
  queue: queueSettingsSchema.describe('How the service queues: ticket prefix, walk-in or booking, quota, slots, call order'),
  hours: weeklyHours
    .optional()
    .describe("Its own hours inside the site's, when narrower (e.g. passports in the morning); the site's when left out"),
  active: z.boolean().default(true).describe('false takes the service out of the catalogue and the queue without deleting it'),
});

/** A service as a region writes it: whole, or a national template's with overrides. */
export const serviceEntrySchema = z.union([
  serviceSchema,
  z
    .looseObject({
      template: z
        .string()
        .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must name "agency-template/service", e.g. "imigrasi/paspor-baru"' })
        .describe('A national template\'s service, "agency-template/service" (deployments/national/); the other keys override it'),
    })
    .describe("A service from a national template, with the region's overrides"),
]);

export const AGENCY_KINDS = ['perangkat_daerah', 'instansi_vertikal', 'bumn', 'bumd', 'swasta'] as const;

export const agencySchema = z.strictObject({
  code: code('agency code').describe("The agency's code, unique in the region: used in URLs and staff accounts"),
  name: text(200).describe('The agency\'s name (instansi), e.g. "Dinas Kependudukan dan Pencatatan Sipil"'),
  kind: z
    .enum(AGENCY_KINDS, { error: `must be one of ${AGENCY_KINDS.join(', ')}` })
    .describe('perangkat_daerah (regional office), instansi_vertikal (central government office), bumn, bumd or swasta'),
  sites: z
    .array(code('site code').describe('A site code from "sites"'))
    .min(1)
    .optional()
    .describe('The sites where the agency serves. Left out: the agency serves at every site of the region'),
  counters: z
    .array(
      z
        .strictObject({
          code: code('counter code').describe("The counter's code, unique in the agency; a counter officer may be bound to it"),
          name: text(80).describe('The name the board calls and shows, e.g. "Loket 3"'),
        })
        .describe('One counter (loket) of the agency'),
    )
    .min(1, { error: 'an agency needs at least one counter (loket)' })
    .describe("The agency's counters (loket), at least one"),
  services: z
    .array(serviceEntrySchema)
    .min(1, { error: 'an agency offers at least one service' })
    .describe('The services it offers: whole, or "template:" plus overrides'),
});

export const regionDeploymentSchema = z.strictObject({
  apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }).describe(`The file format: "${API_VERSION}"`),
  kind: z.literal('RegionDeployment', { error: 'must be "RegionDeployment"' }).describe('"RegionDeployment": one kabupaten/kota'),
  region: z
    .strictObject({
      code: z
        .string()
        .refine(RegionCode.isValid, { error: 'must be a kabupaten/kota code such as "32.71"' })
        .describe('The Kemendagri kabupaten/kota code, quoted: "32.71"'),
      rolloutStatus: z
        .enum(['planned', 'rintisan', 'operational', 'inaugurated'], {
          error: 'must be planned, rintisan, operational or inaugurated',
        })
        .describe('planned, rintisan (pilot), operational or inaugurated (diresmikan)'),
      coordinator: code('agency code').describe('The code of the agency that coordinates the mall (commonly DPMPTSP)'),
    })
    .describe('The kabupaten/kota this file deploys'),
  sites: z.array(siteSchema).min(1, { error: 'a region has at least one site' }).describe('The mall and any satellite service points'),
  agencies: z
    .array(agencySchema)
    .min(1, { error: 'a region has at least one agency' })
    .describe("The agencies (instansi) serving at the region's sites"),
  integrations: z
    .partialRecord(
      z.enum(INTEGRATION_SYSTEMS),
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .describe('An adapter\'s registry name for this system, e.g. "dukcapil-http" or "dukcapil-simulator"'),
    )
    .default({})
    .describe('The adapter per external system (population, licensing, vehicleTax, complaints), by registry name'),
  feedback: feedbackSettingsSchema
    .prefault({})
    .describe('Survey weight and wording, complaint deadlines and forwarding; the national defaults when left out'),
  integratorScopes: z.array(z.enum(API_SCOPES)).optional().describe('Scopes integrators of this region may be granted (informational)'),
});

export const agencyTemplateSchema = z.strictObject({
  apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }).describe(`The file format: "${API_VERSION}"`),
  kind: z.literal('AgencyTemplate', { error: 'must be "AgencyTemplate"' }).describe('"AgencyTemplate": a national agency template'),
  code: code('template code').describe('The template\'s code, the first part of "template: code/service" in region files'),
  version: z
    .number()
    .int()
    .positive({ error: 'must be a whole number from 1, raised with every change' })
    .describe('Raised with every change of a service in the template, so regions and drift reports can tell which one they hold'),
  name: text(200).describe("The agency's name"),
  agencyKind: z.enum(AGENCY_KINDS).describe('perangkat_daerah, instansi_vertikal, bumn, bumd or swasta'),
  services: z.array(serviceSchema).min(1).describe('The services a region takes with "template:"'),
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

const dated = z.array(
  z.strictObject({ date: date.describe('The day (YYYY-MM-DD)'), reason: text(120).describe("The holiday's name") }).describe('One day off'),
);

export const CALENDAR_YEAR_STATUSES = ['provisional', 'decree'] as const;

/**
 * National holidays and cuti bersama (deployments/national/holidays.yaml, or one year loaded
 * through the admin API or `mpp calendar load`). `years` says which years the file is the whole
 * truth for: loading it replaces those years and leaves every other year as it is. A year is
 * `provisional` until its dates are checked against the signed SKB of the three ministers.
 */
export const nationalCalendarSchema = z
  .strictObject({
    apiVersion: z.literal(API_VERSION, { error: `must be "${API_VERSION}"` }).describe(`The file format: "${API_VERSION}"`),
    kind: z.literal('NationalCalendar', { error: 'must be "NationalCalendar"' }).describe('"NationalCalendar"'),
    years: z
      .array(
        z
          .strictObject({
            year: z.number().int().min(2000).max(2100).describe('The year'),
            status: z
              .enum(CALENDAR_YEAR_STATUSES, { error: 'must be provisional (not yet checked against the signed SKB) or decree' })
              .describe('provisional (not yet checked against the signed SKB) or decree'),
            source: text(500).describe('Where the dates come from (the SKB, or how they were computed)'),
          })
          .describe('A year the file is the whole truth for'),
      )
      .min(1, { error: 'declare each year the file covers: { year, status, source }' })
      .describe('The years the file covers: loading it replaces those years and leaves every other year as it is'),
    holidays: dated.describe('National holidays (hari libur nasional)'),
    cutiBersama: dated.default([]).describe('Collective leave days (cuti bersama)'),
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
