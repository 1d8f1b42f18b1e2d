import type { ElementTally, RespondentProfile, SurveyAnswers } from '@mpp/domain';

export type SurveySource = 'ticket' | 'application' | 'walk_in';

export interface NewSurveyResponse {
  regionCode: string;
  id: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  source: SurveySource;
  /** Keyed hash of the ticket or application answered; unset for a walk-in at a kiosk. */
  subjectHash?: string;
  deviceId?: string;
  serviceDate: string;
  profile: RespondentProfile;
  suggestion?: string;
  answers: SurveyAnswers;
}

/** What a report may narrow to, inside one region and period (local dates, both included). */
export interface SurveyScope {
  regionCode: string;
  from: string;
  to: string;
  siteCode?: string;
  agencyCode?: string;
  serviceCode?: string;
}

export interface ScopeTallies {
  respondents: number;
  tallies: ElementTally[];
}

export interface ProfileCount {
  field: 'ageBand' | 'sex' | 'education' | 'occupation';
  /** null: the respondent left it out. */
  value: string | null;
  respondents: number;
}

export interface SuggestionRow {
  serviceDate: string;
  agencyCode: string;
  serviceCode: string;
  suggestion: string;
}

export interface RegionTallies extends ScopeTallies {
  regionCode: string;
}
