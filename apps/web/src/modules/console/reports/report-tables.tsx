import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { formatFigure } from '../../../shared/format';

type Figures = ApiSchema<'ReportFiguresDto'>;
export type QueueReport = ApiSchema<'QueueReportDto'>;

const FIGURES = ['tickets', 'served', 'noShows', 'cancelled', 'unfinished', 'meanWait', 'p90Wait', 'meanService', 'p90Service'] as const;

function valuesOf(row: Figures): (number | null | undefined)[] {
  return [
    row.tickets,
    row.served,
    row.noShows,
    row.cancelled,
    row.unfinished,
    row.meanWaitMinutes,
    row.p90WaitMinutes,
    row.meanServiceMinutes,
    row.p90ServiceMinutes,
  ];
}

const shown = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatFigure(value));

/** The period's totals, each a term and its figure. */
export function ReportTotals({ totals }: { totals: Figures }) {
  const { t } = useTranslation('console');
  const values = valuesOf(totals);
  return (
    <dl className="report-totals">
      {FIGURES.map((figure, index) => (
        <div key={figure}>
          <dt>{t(`reports.figure.${figure}`)}</dt>
          <dd>{shown(values[index])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One breakdown (by site, agency, service or counter): its keys, then every figure, a row each. */
export function FiguresTable({ title, keys, rows }: { title: string; keys: string[]; rows: { keys: string[]; figures: Figures }[] }) {
  const { t } = useTranslation('console');
  return (
    <table className="console-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          {keys.map((key) => (
            <th key={key} scope="col">
              {key}
            </th>
          ))}
          {FIGURES.map((figure) => (
            <th key={figure} scope="col">
              {t(`reports.figure.${figure}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys.join('/')}>
            {row.keys.map((key, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {key}
                </th>
              ) : (
                <td key={index}>{key}</td>
              ),
            )}
            {valuesOf(row.figures).map((value, index) => (
              <td key={FIGURES[index]}>{shown(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report's four breakdowns as tables. */
export function Breakdowns({ report }: { report: QueueReport }) {
  const { t } = useTranslation('console');
  return (
    <>
      <FiguresTable
        title={t('reports.table.sites')}
        keys={[t('reports.site')]}
        rows={report.sites.map((row) => ({ keys: [row.siteCode], figures: row }))}
      />
      <FiguresTable
        title={t('reports.table.agencies')}
        keys={[t('reports.agency')]}
        rows={report.agencies.map((row) => ({ keys: [row.agencyCode], figures: row }))}
      />
      <FiguresTable
        title={t('reports.table.services')}
        keys={[t('reports.agency'), t('reports.table.service')]}
        rows={report.services.map((row) => ({ keys: [row.agencyCode, row.serviceCode], figures: row }))}
      />
      <FiguresTable
        title={t('reports.table.counters')}
        keys={[t('reports.agency'), t('reports.table.counter')]}
        rows={report.counters.map((row) => ({ keys: [row.agencyCode, row.counterCode ?? t('reports.counterNone')], figures: row }))}
      />
    </>
  );
}
