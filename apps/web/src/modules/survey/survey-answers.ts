import type { ApiSchema } from '@mpp/api-client';

import { ApiFailure } from '../../shared/api';

export const PROFILE_KEYS = ['ageBand', 'sex', 'education', 'occupation'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** What the respondent has chosen so far: answers by element code (never by position), profile values, the suggestion. */
export interface SurveyDraft {
  answers: Record<string, number>;
  profile: Partial<Record<ProfileKey, string>>;
  suggestion: string;
}

export const EMPTY_DRAFT: SurveyDraft = { answers: {}, profile: {}, suggestion: '' };

type SurveyBody = Pick<ApiSchema<'SurveyResponseDto'>, 'answers' | 'profile' | 'suggestion'>;

/**
 * The body's answers, profile and suggestion as the API takes them: skipped questions and
 * profile fields left out (not sent empty), a blank suggestion not sent at all.
 */
export function surveyBody(draft: SurveyDraft): SurveyBody {
  const profile = Object.fromEntries(Object.entries(draft.profile).filter(([, value]) => value)) as SurveyBody['profile'];
  const suggestion = draft.suggestion.trim();
  return {
    answers: { ...draft.answers } as SurveyBody['answers'],
    ...(profile && Object.keys(profile).length > 0 && { profile }),
    ...(suggestion && { suggestion }),
  };
}

/** The API's problem with one field of the form (`answers.U3`, `profile.sex`, `suggestion`), in its own words. */
export function fieldErrorOf(error: unknown, path: string): string | undefined {
  return error instanceof ApiFailure ? error.body?.errors?.find((item) => item.path === path)?.message : undefined;
}

/** The deployment's wording in the visitor's language (Indonesian unless English was chosen). */
export function worded(wording: { id: string; en: string }, language: string): string {
  return language === 'en' ? wording.en : wording.id;
}

/** Where the citizen rates a visit: the ticket's or the application's page, plus `/survei`. */
export function surveyPath(region: string, subject: { ticketId: string } | { trackingCode: string }): string {
  return 'ticketId' in subject
    ? `/warga/${region}/tiket/${subject.ticketId}/survei`
    : `/warga/${region}/permohonan/${encodeURIComponent(subject.trackingCode)}/survei`;
}
