import { InvalidValueError } from '../errors/domain-error';
import { krejcieMorganSampleSize, sampleReached } from './sample-size';
import { satisfactionIndex } from './satisfaction-index';
import {
  type ElementTally,
  mergeElementTallies,
  parseSurveyAnswers,
  SURVEY_ELEMENTS,
  type SurveyAnswers,
  tallySurveyAnswers,
} from './survey-elements';

/** `respondents` people answering `answer` to every element. */
const uniform = (respondents: number, answer: 1 | 2 | 3 | 4): SurveyAnswers[] =>
  Array.from({ length: respondents }, () => Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element, answer])));

/** The same sum and count for every element. */
const everyElement = (answers: number, sum: number): ElementTally[] => SURVEY_ELEMENTS.map((element) => ({ element, answers, sum }));

describe('satisfactionIndex (PermenPANRB 14/2017)', () => {
  // The shared notes' vectors: IKM with w = 0.11, with w = 1/9, and the grades of each.
  it.each([
    ['all 4', tallySurveyAnswers(uniform(10, 4)), 99.0, 100.0, 'A', 'A'],
    ['all 1', tallySurveyAnswers(uniform(10, 1)), 24.75, 25.0, 'D', 'D'],
    ['all 3', tallySurveyAnswers(uniform(10, 3)), 74.25, 75.0, 'C', 'C'],
    ['flip: every element totals 71 of 20 (NRR 3.55)', everyElement(20, 71), 87.86, 88.75, 'B', 'A'],
  ])('%s', (_case, tallies, printed, exact, printedGrade, exactGrade) => {
    const withPrinted = satisfactionIndex(tallies, 'printed_0_11');
    const withExact = satisfactionIndex(tallies, 'exact');
    expect([withPrinted.ikm, withExact.ikm]).toEqual([printed, exact]);
    expect([withPrinted.grade, withExact.grade]).toEqual([printedGrade, exactGrade]);
    expect([withPrinted.weightMode, withExact.weightMode]).toEqual(['printed_0_11', 'exact']);
  });

  it('flags the 0.11 weight taking the index below the table, and grades it D', () => {
    const result = satisfactionIndex(tallySurveyAnswers(uniform(3, 1)), 'printed_0_11');
    expect(result).toMatchObject({ ikm: 24.75, grade: 'D', kinerja: 'Tidak Baik', belowScale: true });
    expect(satisfactionIndex(tallySurveyAnswers(uniform(3, 1)), 'exact').belowScale).toBe(false);
  });

  // Grade bounds on the IKM rounded to 2 decimals: 88.31 A, 76.61 B, 65.00 C. With w = 1/9 the
  // IKM is 25 × the mean of the nine NRRs, so a total T over 9 elements of n answers gives 25·T/(9n).
  it.each([
    // 9 elements × 100 answers: T/900 × 25 = T/36
    [3179, 88.31, 'A', 'Sangat Baik'], // 88.3055… rounds up to 88.31
    [3178, 88.28, 'B', 'Baik'],
    [2758, 76.61, 'B', 'Baik'], // 76.6111…
    [2757, 76.58, 'C', 'Kurang Baik'],
    [2340, 65.0, 'C', 'Kurang Baik'],
    [2339, 64.97, 'D', 'Tidak Baik'],
  ])('a total of %i over 900 answers is %d, grade %s (%s)', (total, ikm, grade, kinerja) => {
    // Spread the total over the nine elements of 100 answers each.
    const base = Math.floor(total / 9);
    const tallies = SURVEY_ELEMENTS.map((element, index) => ({ element, answers: 100, sum: base + (index < total % 9 ? 1 : 0) }));
    expect(satisfactionIndex(tallies, 'exact')).toMatchObject({ ikm, grade, kinerja });
  });

  // The same bounds with the printed weight: IKM = 25 × 0.11 × Σ NRR, so a total T over 9
  // elements of 400 answers gives 0.006875·T, which lands on each side of every bound.
  it.each([
    [12845, 88.31, 'A'], // 88.309375
    [12844, 88.3, 'B'], // 88.3025
    [11143, 76.61, 'B'], // 76.608125
    [11142, 76.6, 'C'], // 76.60125
    [9454, 65.0, 'C'], // 64.99625 rounds to 65.00 before grading: C, not D
    [9453, 64.99, 'D'], // 64.989375
  ])('with the printed weight, a total of %i over 3,600 answers is %d, grade %s', (total, ikm, grade) => {
    const base = Math.floor(total / 9);
    const tallies = SURVEY_ELEMENTS.map((element, index) => ({ element, answers: 400, sum: base + (index < total % 9 ? 1 : 0) }));
    expect(satisfactionIndex(tallies, 'printed_0_11')).toMatchObject({ ikm, grade, weight: 0.11 });
  });

  it('grades B with 1/9 and C with 0.11 when the exact index just reaches 76.61', () => {
    // A total of 2,758 over 900 answers: 76.611… with 1/9, 75.845 with 0.11.
    const base = Math.floor(2758 / 9);
    const tallies = SURVEY_ELEMENTS.map((element, index) => ({ element, answers: 100, sum: base + (index < 2758 % 9 ? 1 : 0) }));
    expect(satisfactionIndex(tallies, 'exact')).toMatchObject({ ikm: 76.61, grade: 'B', kinerja: 'Baik' });
    expect(satisfactionIndex(tallies, 'printed_0_11')).toMatchObject({ ikm: 75.85, grade: 'C', kinerja: 'Kurang Baik' });
  });

  it('rounds the exact value half up (88.305 → 88.31), where floating-point sums give 88.30499…', () => {
    // Σ NRR = 3.5322 × 9 gives 88.305 with w = 1/9; one element of 10,000 answers carries the fraction.
    const tallies: ElementTally[] = SURVEY_ELEMENTS.map((element) => ({ element, answers: 10_000, sum: 35_322 }));
    const result = satisfactionIndex(tallies, 'exact');
    expect(result.ikm).toBe(88.31);
    expect(result.grade).toBe('A');
    expect(result.ikmOnAnswerScale).toBe(3.5322);
  });

  it('scores each element and names the weakest, so a unit knows where to start', () => {
    const responses: SurveyAnswers[] = [
      { U1: 4, U2: 4, U3: 2, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 },
      { U1: 3, U2: 4, U3: 1, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 },
    ];
    const result = satisfactionIndex(tallySurveyAnswers(responses), 'exact');
    expect(result.weakestElement).toBe('U3');
    expect(result.elements.find((score) => score.element === 'U3')).toEqual({ element: 'U3', answers: 2, sum: 3, nrr: 1.5, score: 37.5 });
    expect(result.elements.find((score) => score.element === 'U1')).toMatchObject({ nrr: 3.5, score: 87.5 });
  });

  it('counts each element by its own answers when some respondents skipped one', () => {
    const responses: SurveyAnswers[] = [...uniform(3, 4), { U1: 1 }];
    const result = satisfactionIndex(tallySurveyAnswers(responses), 'exact');
    expect(result.elements[0]).toMatchObject({ element: 'U1', answers: 4, sum: 13, nrr: 3.25 });
    expect(result.elements[1]).toMatchObject({ element: 'U2', answers: 3, sum: 12, nrr: 4 });
    // (3.25 + 8 × 4) / 9 × 25 = 97.916…
    expect(result.ikm).toBe(97.92);
  });

  it('gives no index until every element has an answer, and none for no answers at all', () => {
    const partial = satisfactionIndex(tallySurveyAnswers([{ U1: 4, U2: 3 }]), 'exact');
    expect(partial).toMatchObject({ ikm: null, grade: null, weakestElement: 'U2' });
    expect(satisfactionIndex([], 'printed_0_11')).toMatchObject({ ikm: null, grade: null, weakestElement: null, weight: 0.11 });
  });

  it('rolls services up into an agency by adding their sums and counts, not by averaging indexes', () => {
    const busy = tallySurveyAnswers(uniform(90, 4));
    const quiet = tallySurveyAnswers(uniform(10, 1));
    const agency = satisfactionIndex(mergeElementTallies(busy, quiet), 'exact');
    // (90 × 4 + 10 × 1) / 100 = 3.7 → 92.5, where the mean of the two indexes would be 62.5.
    expect(agency.ikm).toBe(92.5);
    expect(agency.elements[0]).toMatchObject({ answers: 100, sum: 370 });
  });

  it('refuses tallies that no set of answers could give, naming the element', () => {
    const refused = (tallies: ElementTally[]) => {
      try {
        satisfactionIndex(tallies, 'exact');
      } catch (error) {
        return error instanceof InvalidValueError ? [error.code, error.path] : error;
      }
      return 'accepted';
    };
    expect(refused([{ element: 'U4', answers: 2, sum: 9 }])).toEqual(['SURVEY_TALLY_INVALID', 'tallies.U4']);
    expect(refused([{ element: 'U1', answers: 2, sum: 1 }])).toEqual(['SURVEY_TALLY_INVALID', 'tallies.U1']);
    expect(refused([{ element: 'U1', answers: 1.5, sum: 3 }])).toEqual(['SURVEY_TALLY_INVALID', 'tallies.U1']);
    expect(refused([{ element: 'U10' as never, answers: 1, sum: 3 }])).toEqual(['SURVEY_TALLY_INVALID', 'tallies.U10']);
    expect(() => satisfactionIndex([], 'rounded' as never)).toThrow(InvalidValueError);
  });
});

describe('parseSurveyAnswers', () => {
  it('keeps answers by element code', () => {
    expect(parseSurveyAnswers({ U9: 4, U8: 1 })).toEqual({ U9: 4, U8: 1 });
  });

  it.each([
    [{ U10: 3 }, 'answers.U10'],
    [{ U1: 0 }, 'answers.U1'],
    [{ U1: 5 }, 'answers.U1'],
    [{ U1: 2.5 }, 'answers.U1'],
    [{ U1: '3' }, 'answers.U1'],
    [{ U1: null }, 'answers.U1'],
    [{}, 'answers'],
  ])('refuses %j at %s', (input, path) => {
    expect(() => parseSurveyAnswers(input)).toThrow(expect.objectContaining({ code: 'SURVEY_ANSWER_INVALID', path }));
  });
});

describe('krejcieMorganSampleSize', () => {
  it.each([
    [0, 0],
    [1, 1],
    [100, 80],
    [1_000, 278],
    [10_000, 370],
    [100_000, 383],
    [1_000_000, 384],
  ])('asks %i service users for %i respondents', (population, sample) => {
    expect(krejcieMorganSampleSize(population)).toBe(sample);
  });

  it('says whether a period reached its sample', () => {
    expect(sampleReached(278, 1_000)).toBe(true);
    expect(sampleReached(277, 1_000)).toBe(false);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a population of %d', (population) => {
    expect(() => krejcieMorganSampleSize(population)).toThrow(expect.objectContaining({ code: 'POPULATION_INVALID' }));
  });
});
