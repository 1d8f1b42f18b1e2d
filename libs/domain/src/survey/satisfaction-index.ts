import { InvalidValueError } from '../errors/domain-error';
import { type ElementTally, SURVEY_ELEMENTS, type SurveyElement } from './survey-elements';

/**
 * The community satisfaction index (IKM) of PermenPANRB 14/2017:
 *   NRR_i = sum of the answers to element i / number of answers to it
 *   IKM   = Σ NRR_i × w, and the unit's IKM = IKM × 25 (25 to 100)
 * The regulation prints the weight of nine elements as 0.11; implementations also use 1/9, and
 * the choice changes grades, so it is a per-deployment setting shown on every result
 * (`printed_0_11` or `exact`). Arithmetic is exact (rationals in BigInt): sums and counts are
 * kept whole, and only the displayed values are rounded, half up, to 2 decimals. With 0.11 the
 * best possible IKM is 99.00 and the worst 24.75, below the grade table: graded D and flagged.
 */
export type IkmWeightMode = 'printed_0_11' | 'exact';
export const IKM_WEIGHT_MODES: readonly IkmWeightMode[] = ['printed_0_11', 'exact'];

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** Mutu (grade) and kinerja (performance) of the regulation's table, by the IKM rounded to 2 decimals. */
const GRADES: readonly { grade: IkmGrade; fromHundredths: number; kinerja: string }[] = [
  { grade: 'A', fromHundredths: 8831, kinerja: 'Sangat Baik' },
  { grade: 'B', fromHundredths: 7661, kinerja: 'Baik' },
  { grade: 'C', fromHundredths: 6500, kinerja: 'Kurang Baik' },
  { grade: 'D', fromHundredths: Number.NEGATIVE_INFINITY, kinerja: 'Tidak Baik' },
];

export interface ElementScore {
  element: SurveyElement;
  answers: number;
  sum: number;
  /** Mean answer (1–4), rounded to 2 decimals for display; null when nobody answered it. */
  nrr: number | null;
  /** NRR × 25 (25–100), rounded to 2 decimals; null when nobody answered it. */
  score: number | null;
}

export interface SatisfactionIndex {
  weightMode: IkmWeightMode;
  /** The weight as applied: 0.11, or 1/9 (0.1111…) shown rounded. */
  weight: number;
  elements: ElementScore[];
  /** The unit's IKM on the 25–100 scale, rounded half up to 2 decimals; null without answers. */
  ikm: number | null;
  /** The same on the 1–4 scale (Σ NRR × w), rounded to 4 decimals as the regulation's table prints it. */
  ikmOnAnswerScale: number | null;
  grade: IkmGrade | null;
  kinerja: string | null;
  /** True when the weight 0.11 puts the IKM below 25, the grade table's floor (graded D). */
  belowScale: boolean;
  /** The element with the lowest NRR, where a unit should look first (the first such by code on a tie). */
  weakestElement: SurveyElement | null;
}

/** A non-negative rational number num/den, kept exact. */
interface Rational {
  num: bigint;
  den: bigint;
}

const WEIGHTS: Record<IkmWeightMode, Rational> = {
  printed_0_11: { num: 11n, den: 100n },
  exact: { num: 1n, den: BigInt(SURVEY_ELEMENTS.length) },
};

export function satisfactionIndex(tallies: readonly ElementTally[], weightMode: IkmWeightMode): SatisfactionIndex {
  if (!IKM_WEIGHT_MODES.includes(weightMode)) {
    throw new InvalidValueError('IKM_WEIGHT_MODE_INVALID', `weight mode must be one of ${IKM_WEIGHT_MODES.join(', ')}`, 'weightMode');
  }
  const byElement = new Map<SurveyElement, ElementTally>();
  for (const tally of tallies) {
    checkTally(tally);
    const seen = byElement.get(tally.element);
    byElement.set(tally.element, seen ? { ...seen, answers: seen.answers + tally.answers, sum: seen.sum + tally.sum } : tally);
  }
  const weight = WEIGHTS[weightMode];
  const elements: ElementScore[] = SURVEY_ELEMENTS.map((element) => {
    const { answers, sum } = byElement.get(element) ?? { answers: 0, sum: 0 };
    if (answers === 0) return { element, answers, sum, nrr: null, score: null };
    const nrr = { num: BigInt(sum), den: BigInt(answers) };
    return { element, answers, sum, nrr: roundHalfUp(nrr, 2), score: roundHalfUp(times(nrr, { num: 25n, den: 1n }), 2) };
  });

  // Every element counts, as the regulation's formula does: one nobody answered makes the index
  // meaningless rather than silently higher, so the index waits for all nine.
  const answered = elements.filter((score) => score.answers > 0);
  const weakestElement = answered.length === 0 ? null : lowestNrr(answered);
  if (answered.length < SURVEY_ELEMENTS.length) {
    return {
      weightMode,
      weight: displayWeight(weight),
      elements,
      ikm: null,
      ikmOnAnswerScale: null,
      grade: null,
      kinerja: null,
      belowScale: false,
      weakestElement,
    };
  }

  let total: Rational = { num: 0n, den: 1n };
  for (const score of elements) total = plus(total, { num: BigInt(score.sum), den: BigInt(score.answers) });
  const onAnswerScale = times(total, weight);
  const ikmHundredths = roundHalfUpToInteger(times(onAnswerScale, { num: 2500n, den: 1n }));
  const row = GRADES.find((candidate) => ikmHundredths >= candidate.fromHundredths) as (typeof GRADES)[number];
  return {
    weightMode,
    weight: displayWeight(weight),
    elements,
    ikm: Number(ikmHundredths) / 100,
    ikmOnAnswerScale: roundHalfUp(onAnswerScale, 4),
    grade: row.grade,
    kinerja: row.kinerja,
    belowScale: ikmHundredths < 2500,
    weakestElement,
  };
}

function checkTally(tally: ElementTally): void {
  const path = `tallies.${tally.element}`;
  if (!(SURVEY_ELEMENTS as readonly string[]).includes(tally.element)) {
    throw new InvalidValueError('SURVEY_TALLY_INVALID', `"${tally.element}" is not a survey element`, path);
  }
  if (!Number.isSafeInteger(tally.answers) || !Number.isSafeInteger(tally.sum) || tally.answers < 0) {
    throw new InvalidValueError('SURVEY_TALLY_INVALID', 'answers and sum must be whole numbers', path);
  }
  if (tally.sum < tally.answers || tally.sum > 4 * tally.answers) {
    throw new InvalidValueError('SURVEY_TALLY_INVALID', 'the sum of answers must lie between 1 and 4 times their number', path);
  }
}

function lowestNrr(scores: readonly ElementScore[]): SurveyElement {
  // Compare sum_a/answers_a < sum_b/answers_b exactly, by cross-multiplying.
  return scores.reduce((lowest, score) => (score.sum * lowest.answers < lowest.sum * score.answers ? score : lowest)).element;
}

function plus(a: Rational, b: Rational): Rational {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

function times(a: Rational, b: Rational): Rational {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** round(num/den) half up, for non-negative values. */
function roundHalfUpToInteger(value: Rational): bigint {
  return (2n * value.num + value.den) / (2n * value.den);
}

function roundHalfUp(value: Rational, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  return Number(roundHalfUpToInteger({ num: value.num * scale, den: value.den })) / Number(scale);
}

function displayWeight(weight: Rational): number {
  return Number(weight.num) / Number(weight.den);
}
