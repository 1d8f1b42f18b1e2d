import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { allows, type Me } from '../console-access';
import type { NationalRegions } from './national-dashboard.page';

const number = (value: number | null | undefined) => (value === null || value === undefined ? '–' : value.toLocaleString());

/** The 514 rows: a region's name opens its console pages for those allowed to see them. */
export function RegionsTable({ me, regions }: { me: Me; regions: NationalRegions['regions'] }) {
  const { t } = useTranslation('console');
  const columns = [
    'code',
    'region',
    'province',
    'stage',
    'sites',
    'agencies',
    'services',
    'tickets',
    'served',
    'noShows',
    'meanWait',
    'p90Wait',
    'ikm',
    'complaints',
  ];
  return (
    <div className="table-scroll" role="region" aria-labelledby="national-regions-caption" tabIndex={0}>
      <table className="console-table">
        <caption id="national-regions-caption">{t('national.tableCaption', { count: regions.length })}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`national.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.code}>
              <td>{region.code}</td>
              <th scope="row">
                {allows(me, 'POST /admin/api/v1/deployments/plan', region.code) ? (
                  <Link href={`/konsol/wilayah/${region.code}/deployment`}>{region.name}</Link>
                ) : (
                  region.name
                )}
              </th>
              <td>{region.provinceName}</td>
              <td>
                {t(`national.stage.${region.stage}`)}
                {region.stageSince && <small className="muted"> ({region.stageSince})</small>}
              </td>
              <td>{region.sites}</td>
              <td>{region.agencies}</td>
              <td>{region.services}</td>
              <td>{number(region.figures.tickets)}</td>
              <td>{number(region.figures.served)}</td>
              <td>{number(region.figures.noShows)}</td>
              <td>{number(region.figures.meanWaitMinutes)}</td>
              <td>{number(region.figures.p90WaitMinutes)}</td>
              <td>{region.figures.ikm === null ? '–' : `${region.figures.ikm} (${region.figures.ikmGrade})`}</td>
              <td>{region.figures.complaints}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
