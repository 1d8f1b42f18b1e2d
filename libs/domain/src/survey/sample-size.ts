import { InvalidValueError } from '../errors/domain-error';

/**
 * The least number of respondents for a period with `population` service users (Krejcie and
 * Morgan, as PermenPANRB 14/2017 prescribes): s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)), with
 * X² = 3.841 (95% confidence), P = 0.5 and d = 0.05, rounded to the nearest whole number.
 * 100 users → 80, 1,000 → 278, 10,000 → 370.
 */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new InvalidValueError('POPULATION_INVALID', 'the number of service users must be a whole number, 0 or more', 'population');
  }
  if (population === 0) return 0;
  // In thousandths and ten-thousandths, so the formula runs on whole numbers: X² = 3841/1000,
  // P(1−P) = 1/4, d² = 25/10000. s = 3841·N / (10·(N−1) + 3841) after clearing denominators.
  const numerator = 3841 * population;
  const denominator = 10 * (population - 1) + 3841;
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Whether the responses of a period reached the sample size its users call for. */
export function sampleReached(respondents: number, population: number): boolean {
  return respondents >= krejcieMorganSampleSize(population);
}
