import { parseReportPeriod } from './report-period';
import { parseRespondentProfile } from './respondent-profile';
import { NATIONAL_SURVEY_WORDING, surveyWording } from './survey-wording';

describe('parseReportPeriod', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('reads %s as %s to %s', (period, from, to) => {
    expect(parseReportPeriod({ period })).toEqual({ from, to, label: period });
  });

  it('takes an explicit range, both ends included', () => {
    expect(parseReportPeriod({ from: '2026-11-03', to: '2026-11-20' })).toEqual({
      from: '2026-11-03',
      to: '2026-11-20',
      label: '2026-11-03..2026-11-20',
    });
  });

  it.each([
    [{ period: '2026-Q5' }, 'period'],
    [{ period: '2026-13' }, 'period'],
    [{ period: '2026', from: '2026-01-01' }, 'period'],
    [{ from: '2026-01-01' }, 'to'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'from'],
    [{ from: '2010-01-01', to: '2026-03-01' }, 'to'],
  ])('refuses %j naming %s', (input, path) => {
    expect(() => parseReportPeriod(input)).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID', path }));
  });
});

describe('parseRespondentProfile', () => {
  it('keeps the bands given and leaves out the rest', () => {
    expect(parseRespondentProfile({ ageBand: '30_39', sex: 'female' })).toEqual({ ageBand: '30_39', sex: 'female' });
    expect(parseRespondentProfile(undefined)).toEqual({});
  });

  it.each([
    [{ ageBand: '31' }, 'profile.ageBand'],
    [{ name: 'Siti' }, 'profile.name'],
    [{ education: 7 }, 'profile.education'],
  ])('refuses %j naming %s', (input, path) => {
    expect(() => parseRespondentProfile(input)).toThrow(expect.objectContaining({ code: 'SURVEY_PROFILE_INVALID', path }));
  });
});

describe('surveyWording', () => {
  it('lays a deployment’s question over the national wording and keeps the answer labels', () => {
    const wording = surveyWording({ U9: { id: 'Bagaimana kenyamanan ruang tunggu MPP?', en: 'How comfortable is the waiting hall?' } });
    expect(wording.U9.question.en).toBe('How comfortable is the waiting hall?');
    expect(wording.U9.answers).toBe(NATIONAL_SURVEY_WORDING.U9.answers);
    expect(wording.U1).toBe(NATIONAL_SURVEY_WORDING.U1);
  });

  it('words U8 as complaints and U9 as facilities (by code, not by the sample form’s order)', () => {
    expect(NATIONAL_SURVEY_WORDING.U8.answers[3].id).toBe('Dikelola dengan baik');
    expect(NATIONAL_SURVEY_WORDING.U9.answers[0].id).toBe('Buruk');
  });
});
