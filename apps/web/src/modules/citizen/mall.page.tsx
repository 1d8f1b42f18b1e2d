import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { ApiFailure } from '../../shared/api';
import { ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { useAgencies, useMall } from './citizen-queries';
import { OpeningStatus, SpecialDays, WeeklyHours } from './opening-status';

/** `/warga/32.71`: the region's mall: each site open now or not, its hours, its agencies. */
export function MallPage({ region }: { region: string }) {
  const { t } = useTranslation();
  const mall = useMall(region);
  const agencies = useAgencies(region);
  if (mall.error instanceof ApiFailure && mall.error.status === 404) {
    return (
      <Page title={t('citizen.regionTitle')} back="/warga">
        <p>{t('citizen.noMall')}</p>
      </Page>
    );
  }
  return (
    <Page title={mall.data ? t('citizen.mallTitle', { region: mall.data.regionName }) : t('common.loading')} back="/warga">
      {mall.isPending && <Loading />}
      <ErrorSummary error={mall.error ?? agencies.error} />
      <p>
        <Link href={`/warga/${region}/layanan`} className="button">
          {t('citizen.findService')}
        </Link>{' '}
        <Link href={`/warga/${region}/pengaduan`} className="button button--secondary">
          {t('citizen.complain')}
        </Link>
      </p>
      {mall.data?.sites.map((site) => (
        <section key={site.code} aria-labelledby={`site-${site.code}`} className="card">
          <h2 id={`site-${site.code}`}>{site.name}</h2>
          <OpeningStatus site={site} timeZone={ianaZone(mall.data.timeZone)} />
          <p>
            <strong>{t('citizen.address')}:</strong> {site.address}
          </p>
          <WeeklyHours site={site} />
          <SpecialDays site={site} />
        </section>
      ))}
      {agencies.data && (
        <section aria-labelledby="agencies">
          <h2 id="agencies">{t('citizen.agencies')}</h2>
          <ul className="link-list">
            {agencies.data.items.map((agency) => (
              <li key={agency.code}>
                <Link href={`/warga/${region}/layanan?agency=${encodeURIComponent(agency.code)}`}>{agency.name}</Link>{' '}
                <span className="muted">{t('citizen.agencyServices', { count: agency.serviceCount })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
