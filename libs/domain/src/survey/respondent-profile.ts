import { InvalidValueError } from '../errors/domain-error';

/**
 * The respondent's profile most SKM forms ask (PermenPANRB 14/2017 leaves the list to the unit):
 * coarse bands only, so a profile never identifies a person. Every field may be left out.
 */
export const AGE_BANDS = ['under_20', '20_29', '30_39', '40_49', '50_59', '60_plus'] as const;
export const SEXES = ['male', 'female'] as const;
export const EDUCATION_LEVELS = ['none', 'sd', 'smp', 'sma', 'd1_d3', 'd4_s1', 's2_plus'] as const;
export const OCCUPATIONS = ['pns_tni_polri', 'private_employee', 'entrepreneur', 'student', 'homemaker', 'unemployed', 'other'] as const;

export interface RespondentProfile {
  ageBand?: (typeof AGE_BANDS)[number];
  sex?: (typeof SEXES)[number];
  education?: (typeof EDUCATION_LEVELS)[number];
  occupation?: (typeof OCCUPATIONS)[number];
}

export const PROFILE_FIELDS = { ageBand: AGE_BANDS, sex: SEXES, education: EDUCATION_LEVELS, occupation: OCCUPATIONS } as const;
export type ProfileField = keyof typeof PROFILE_FIELDS;

/** Checks a profile; raises `SURVEY_PROFILE_INVALID` naming the field. */
export function parseRespondentProfile(input: Record<string, unknown> | undefined): RespondentProfile {
  const profile: Record<string, string> = {};
  for (const [field, value] of Object.entries(input ?? {})) {
    const allowed = (PROFILE_FIELDS as Record<string, readonly string[]>)[field];
    if (!allowed) throw new InvalidValueError('SURVEY_PROFILE_INVALID', `"${field}" is not a profile field`, `profile.${field}`);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new InvalidValueError('SURVEY_PROFILE_INVALID', `${field} must be one of ${allowed.join(', ')}`, `profile.${field}`);
    }
    profile[field] = value;
  }
  return profile as RespondentProfile;
}
