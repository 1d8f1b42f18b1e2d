import { InvalidValueError } from '../errors/domain-error';

/**
 * The nine elements of the community satisfaction survey (SKM), PermenPANRB 14/2017. Answers
 * are kept by element code, never by question position: the sample questionnaire many apps
 * copy asks about facilities 8th and complaints 9th, the reverse of the regulation's list.
 */
export const SURVEY_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SurveyElement = (typeof SURVEY_ELEMENTS)[number];

/** An answer on the regulation's scale: 1 (worst) to 4 (best), with no neutral point. */
export type SurveyAnswer = 1 | 2 | 3 | 4;

/** One respondent's answers, by element; an element left unanswered is simply absent. */
export type SurveyAnswers = Partial<Record<SurveyElement, SurveyAnswer>>;

/** The exact sum and count of answers to one element: what is stored and added up across units and periods. */
export interface ElementTally {
  element: SurveyElement;
  answers: number;
  sum: number;
}

export function isSurveyElement(value: string): value is SurveyElement {
  return (SURVEY_ELEMENTS as readonly string[]).includes(value);
}

/**
 * Checks one respondent's answers: known element codes only, whole numbers 1 to 4, and at
 * least one element answered. Raises `SURVEY_ANSWER_INVALID` naming the offending element.
 */
export function parseSurveyAnswers(input: Record<string, unknown>): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const [element, value] of Object.entries(input)) {
    if (!isSurveyElement(element)) {
      throw new InvalidValueError('SURVEY_ANSWER_INVALID', `"${element}" is not a survey element (U1 to U9)`, `answers.${element}`);
    }
    if (value !== 1 && value !== 2 && value !== 3 && value !== 4) {
      throw new InvalidValueError(
        'SURVEY_ANSWER_INVALID',
        `the answer to ${element} must be a whole number from 1 to 4`,
        `answers.${element}`,
      );
    }
    answers[element] = value;
  }
  if (Object.keys(answers).length === 0) {
    throw new InvalidValueError('SURVEY_ANSWER_INVALID', 'at least one element must be answered', 'answers');
  }
  return answers;
}

/** Adds respondents' answers into per-element tallies (every element listed, unanswered ones with zero). */
export function tallySurveyAnswers(responses: readonly SurveyAnswers[]): ElementTally[] {
  return SURVEY_ELEMENTS.map((element) => {
    let answers = 0;
    let sum = 0;
    for (const response of responses) {
      const answer = response[element];
      if (answer !== undefined) {
        answers += 1;
        sum += answer;
      }
    }
    return { element, answers, sum };
  });
}

/** Adds tallies of several units or periods (a service's into its agency's, a region's into the nation's). */
export function mergeElementTallies(...groups: readonly (readonly ElementTally[])[]): ElementTally[] {
  return SURVEY_ELEMENTS.map((element) => {
    let answers = 0;
    let sum = 0;
    for (const group of groups) {
      for (const tally of group) {
        if (tally.element === element) {
          answers += tally.answers;
          sum += tally.sum;
        }
      }
    }
    return { element, answers, sum };
  });
}
