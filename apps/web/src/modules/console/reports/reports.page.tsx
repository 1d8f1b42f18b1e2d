import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiFailure, unwrap } from '../../../shared/api';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { consoleApi } from '../console-session';
import { BarChart } from './bar-chart';
import { Breakdowns, ReportTotals } from './report-tables';

interface Filters {
  from: string;
  to: string;
  siteCode: string;
  agencyCode: string;
}

const REPORT = '/v1/regions/{code}/queue/report';

/** `/konsol/wilayah/:region/laporan`: the queue's figures for a day or a range, charts with their tables, CSV and XLSX. */
export function ReportsPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  // The day in the mall's time zone (WIB, like the calendar); the API answers for any date asked.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const [draft, setDraft] = useState<Filters>({ from: today, to: today, siteCode: '', agencyCode: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [notice, setNotice] = useState<string>();
  const query = {
    from: filters.from,
    to: filters.to,
    ...(filters.siteCode && { siteCode: filters.siteCode }),
    ...(filters.agencyCode && { agencyCode: filters.agencyCode }),
  };
  const mall = useQuery({
    queryKey: ['console', '/v1/regions/{code}/mall', region],
    queryFn: () => unwrap(consoleApi.GET('/v1/regions/{code}/mall', { params: { path: { code: region } } })),
  });
  const agencies = useQuery({
    queryKey: ['console', '/v1/regions/{code}/agencies', region],
    queryFn: () => unwrap(consoleApi.GET('/v1/regions/{code}/agencies', { params: { path: { code: region } } })),
  });
  const report = useQuery({
    queryKey: ['console', REPORT, region, query],
    queryFn: () => unwrap(consoleApi.GET(REPORT, { params: { path: { code: region }, query } })),
  });
  const download = useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => {
      const answer = await consoleApi.GET(REPORT, { params: { path: { code: region }, query: { ...query, format } }, parseAs: 'blob' });
      if (!answer.response.ok) throw new ApiFailure(answer.response.status, undefined);
      const name = /filename="([^"]+)"/.exec(answer.response.headers.get('content-disposition') ?? '')?.[1] ?? `laporan.${format}`;
      // The file comes with the staff token, so it is fetched here and handed to the browser as a download.
      const link = document.createElement('a');
      link.href = URL.createObjectURL(answer.data as Blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      return name;
    },
    onSuccess: (name) => setNotice(t('reports.downloaded', { name })),
  });
  const set = (field: keyof Filters) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFilters(draft);
  };
  const data = report.data;
  const hours = data?.hours.map((row) => `${String(row.hour).padStart(2, '0')}:00`) ?? [];
  return (
    <ConsoleFrame title={t('reports.title', { region })} me={me} region={region}>
      <p>{t('reports.intro')}</p>
      <form onSubmit={submit} className="console-form console-form--inline" noValidate>
        <p>
          <label htmlFor="report-from">{t('reports.from')}</label>
          <input id="report-from" type="date" value={draft.from} onChange={set('from')} />
        </p>
        <p>
          <label htmlFor="report-to">{t('reports.to')}</label>
          <input id="report-to" type="date" value={draft.to} onChange={set('to')} />
        </p>
        <p>
          <label htmlFor="report-site">{t('reports.site')}</label>
          <select id="report-site" value={draft.siteCode} onChange={set('siteCode')}>
            <option value="">{t('reports.all')}</option>
            {mall.data?.sites.map((site) => (
              <option key={site.code} value={site.code}>
                {site.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="report-agency">{t('reports.agency')}</label>
          <select id="report-agency" value={draft.agencyCode} onChange={set('agencyCode')}>
            <option value="">{t('reports.all')}</option>
            {agencies.data?.items.map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">{t('reports.show')}</button>
        </p>
      </form>
      <ErrorSummary error={report.error ?? download.error} />
      {report.isPending && <Loading />}
      {data && (
        <>
          <h2>{t('reports.period', { from: data.period.from, to: data.period.to })}</h2>
          <ReportTotals totals={data.totals} />
          <p className="hint">{t('reports.check')}</p>
          <div className="console-actions">
            {(['csv', 'xlsx'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button--secondary"
                disabled={download.isPending}
                onClick={() => download.mutate(format)}
              >
                {t('reports.download', { format: format.toUpperCase() })}
              </button>
            ))}
          </div>
          <p role="status">{notice}</p>
          {data.totals.tickets === 0 ? (
            <p>{t('reports.none')}</p>
          ) : (
            <>
              <BarChart
                title={t('reports.chart.ticketsByHour')}
                categoryLabel={t('reports.hour')}
                categories={hours}
                series={[
                  { name: t('reports.figure.tickets'), tone: 'a', values: data.hours.map((row) => row.tickets) },
                  { name: t('reports.figure.served'), tone: 'b', values: data.hours.map((row) => row.served) },
                  { name: t('reports.figure.noShows'), tone: 'c', values: data.hours.map((row) => row.noShows) },
                ]}
              />
              <BarChart
                title={t('reports.chart.waitsByHour')}
                categoryLabel={t('reports.hour')}
                categories={hours}
                series={[
                  { name: t('reports.figure.meanWait'), tone: 'a', values: data.hours.map((row) => row.meanWaitMinutes ?? null) },
                  { name: t('reports.figure.p90Wait'), tone: 'c', values: data.hours.map((row) => row.p90WaitMinutes ?? null) },
                ]}
              />
              {data.days.length > 1 && (
                <BarChart
                  title={t('reports.chart.ticketsByDay')}
                  categoryLabel={t('reports.date')}
                  categories={data.days.map((row) => row.date)}
                  series={[
                    { name: t('reports.figure.tickets'), tone: 'a', values: data.days.map((row) => row.tickets) },
                    { name: t('reports.figure.served'), tone: 'b', values: data.days.map((row) => row.served) },
                  ]}
                />
              )}
              <Breakdowns report={data} />
            </>
          )}
        </>
      )}
    </ConsoleFrame>
  );
}
