import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { unwrap } from '../../shared/api';
import { deskApi } from './desk-session';

/** Who waits in the agency's lines at the site, and what this counter did today; read every 5 s. */
export function LineAndFigures({
  region,
  agency,
  siteCode,
  counter,
}: {
  region: string;
  agency: string;
  siteCode: string;
  counter: string;
}) {
  const { t } = useTranslation();
  const today = useQuery({
    queryKey: ['/v1/regions/{code}/agencies/{agencyCode}/desk/today', region, agency, siteCode],
    queryFn: () =>
      unwrap(
        deskApi.GET('/v1/regions/{code}/agencies/{agencyCode}/desk/today', {
          params: { path: { code: region, agencyCode: agency }, query: { siteCode } },
        }),
      ),
    refetchInterval: 5_000,
  });
  const mine = today.data?.counters.find((item) => item.counterCode === counter);
  return (
    <>
      <section aria-labelledby="desk-line" className="card">
        <h2 id="desk-line">{t('desk.lineAhead')}</h2>
        <ul className="link-list">
          {today.data?.lines.map((line) => (
            <li key={line.serviceCode}>
              <strong>{line.prefix}</strong> {line.serviceName}: {t('desk.waiting', { count: line.waiting })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="desk-today" className="card">
        <h2 id="desk-today">{t('desk.today')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('desk.called')}</dt>
            <dd>{mine?.called ?? 0}</dd>
          </div>
          <div>
            <dt>{t('desk.served')}</dt>
            <dd>{mine?.served ?? 0}</dd>
          </div>
          <div>
            <dt>{t('desk.noShows')}</dt>
            <dd>{mine?.noShows ?? 0}</dd>
          </div>
          <div>
            <dt>{t('desk.meanService')}</dt>
            <dd>{mine?.meanServiceMinutes != null ? String(mine.meanServiceMinutes) : '–'}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
