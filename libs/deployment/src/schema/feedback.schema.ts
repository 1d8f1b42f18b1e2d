import { z } from 'zod';

import { IKM_WEIGHT_MODES, SURVEY_ELEMENTS } from '@mpp/domain';

/**
 * The `feedback` section of a deployment file: how the region runs its satisfaction survey
 * (SKM, PermenPANRB 14/2017) and its complaints (PermenPANRB 62/2018). Every key has a national
 * default, so a file without the section is valid and behaves as the regulation prints it.
 */
const wording = z
  .strictObject({
    id: z.string().trim().min(1, { error: 'must not be empty' }).max(300).describe('The question in Bahasa Indonesia'),
    en: z.string().trim().min(1, { error: 'must not be empty' }).max(300).describe('The question in English'),
  })
  .describe('The question text of this element, in both languages');

export const surveySettingsSchema = z.strictObject({
  /**
   * `printed_0_11`: the weight 0.11 the regulation prints (best IKM 99.00); `exact`: 1/9.
   * The default follows the printed text; a region that publishes with 1/9 says so here.
   */
  weight: z
    .enum(IKM_WEIGHT_MODES, { error: `must be one of ${IKM_WEIGHT_MODES.join(', ')}` })
    .default('printed_0_11')
    .describe('printed_0_11: the weight 0.11 the regulation prints (default); exact: 1/9'),
  questions: z
    .partialRecord(z.enum(SURVEY_ELEMENTS, { error: 'must be an element code U1 to U9' }), wording)
    .default({})
    .describe('Question text per element code (U1 to U9), replacing the national wording'),
});

export const COMPLAINT_FORWARDING = ['none', 'chosen', 'all'] as const;

export const complaintSettingsSchema = z.strictObject({
  /** Working days to the agency's first follow-up (commonly 5) and to its answer (UU 25/2009: 14 days). */
  firstResponseWorkingDays: z.number().int().min(1).max(60).default(5).describe("Working days to the agency's first follow-up (default 5)"),
  resolutionWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(120)
    .default(14)
    .describe("Working days to the agency's answer (UU 25/2009; default 14)"),
  forwardToLapor: z
    .enum(COMPLAINT_FORWARDING, { error: 'must be none, chosen or all' })
    .default('chosen')
    .describe('Which complaints go on to SP4N-LAPOR!: none, those the region chooses (default), or all'),
});

export const feedbackSettingsSchema = z.strictObject({
  survey: surveySettingsSchema.prefault({}).describe('The satisfaction survey (SKM, PermenPANRB 14/2017)'),
  complaints: complaintSettingsSchema.prefault({}).describe('Complaint deadlines and forwarding (PermenPANRB 62/2018)'),
});

export type SurveySettings = z.output<typeof surveySettingsSchema>;
export type ComplaintSettings = z.output<typeof complaintSettingsSchema>;
export type FeedbackSettings = z.output<typeof feedbackSettingsSchema>;

/** The national defaults, for a region applied before the section existed. */
export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = feedbackSettingsSchema.parse({});
