import { datesOf, QUEUE_REPORT_MAX_DAYS, queueReportPeriod, reportMinutes } from './queue-report';

describe('queue report period', () => {
  it('is today when nothing is asked', () => {
    expect(queueReportPeriod({}, '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01', label: '2026-12-01' });
  });

  it('reads one day, a named month and a range', () => {
    expect(queueReportPeriod({ date: '2026-11-25' }, '2026-12-01')).toEqual({ from: '2026-11-25', to: '2026-11-25', label: '2026-11-25' });
    expect(queueReportPeriod({ period: '2026-11' }, '2026-12-01')).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(queueReportPeriod({ from: '2026-10-01', to: '2026-12-31' }, '2026-12-01')).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it.each([
    [{ date: '2026-11-25', from: '2026-11-01' }, 'date'],
    [{ date: '2026-02-30' }, 'date'],
    [{ from: '2026-01-01', to: '2026-06-30' }, 'to'],
    [{ period: '2026' }, 'period'],
    [{ from: '2026-12-02', to: '2026-12-01' }, 'from'],
  ])('refuses %j naming %s', (input, path) => {
    expect(() => queueReportPeriod(input, '2026-12-01')).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID', path }));
  });

  it(`allows up to ${QUEUE_REPORT_MAX_DAYS} days, ends included`, () => {
    expect(queueReportPeriod({ from: '2026-10-01', to: '2026-12-31' }, '2026-12-01').to).toBe('2026-12-31');
    expect(() => queueReportPeriod({ from: '2026-09-30', to: '2026-12-31' }, '2026-12-01')).toThrow(/92 days/);
  });
});

describe('queue report figures', () => {
  it('lists every date of the period across a month end', () => {
    expect(datesOf({ from: '2026-11-29', to: '2026-12-02' })).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('shows seconds as minutes with one decimal', () => {
    expect(reportMinutes(null)).toBeNull();
    expect(reportMinutes(0)).toBe(0);
    expect(reportMinutes(390)).toBe(6.5);
    expect(reportMinutes(100)).toBe(1.7);
  });
});
