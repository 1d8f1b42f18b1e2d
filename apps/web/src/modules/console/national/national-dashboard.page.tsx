import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import { StackedBars } from '../../../shared/ui/stacked-bars';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';
import { ExportButtons } from './export-buttons';
import { NationalMap } from './national-map';
import { RegionsTable } from './regions-table';
import { type StageKey, STAGES } from './stages';

type Filters = { from?: string; to?: string; province?: string; stage?: StageKey };
export type NationalRegions = AdminSchema<'NationalRegionsDto'>;

/**
 * `/konsol/nasional`: the ministry's picture of the rollout. Every kabupaten/kota with its stage
 * and figures for a period of months, the progress month by month, the map; national admins and
 * national viewers only (the API decides), read-only.
 */
export function NationalDashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation('console');
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const regions = useQuery({
    queryKey: ['console', '/admin/api/v1/national/regions', filters],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/national/regions', { params: { query: filters } })),
  });
  const progress = useQuery({
    queryKey: ['console', '/admin/api/v1/national/progress', filters.from, filters.to],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/national/progress', { params: { query: { from: filters.from, to: filters.to } } })),
  });
  const sites = useQuery({
    queryKey: ['console', '/admin/api/v1/national/sites'],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/national/sites')),
    staleTime: 60_000,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)) as Filters);
  };
  const provinces = provincesOf(regions.data);
  const stageFilter = filters.stage;
  const provinceFilter = filters.province;
  const shownSites = (sites.data?.sites ?? []).filter(
    (site) => (!stageFilter || site.stage === stageFilter) && (!provinceFilter || site.regionCode.startsWith(`${provinceFilter}.`)),
  );
  const total = regions.data?.totals;
  return (
    <ConsoleFrame title={t('national.title')} me={me}>
      <p>{t('national.intro')}</p>
      <form className="console-form console-form--inline" onSubmit={onSubmit} aria-label={t('national.filters')}>
        <div>
          <label htmlFor="national-from">{t('national.from')}</label>
          <input id="national-from" type="month" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor="national-to">{t('national.to')}</label>
          <input id="national-to" type="month" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div>
          <label htmlFor="national-province">{t('national.province')}</label>
          <select id="national-province" value={draft.province ?? ''} onChange={(e) => setDraft({ ...draft, province: e.target.value })}>
            <option value="">{t('national.allProvinces')}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="national-stage">{t('national.stageFilter')}</label>
          <select
            id="national-stage"
            value={draft.stage ?? ''}
            onChange={(e) => setDraft({ ...draft, stage: (e.target.value || undefined) as StageKey | undefined })}
          >
            <option value="">{t('national.allStages')}</option>
            {STAGES.map((stage) => (
              <option key={stage.key} value={stage.key}>
                {t(`national.stage.${stage.key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('national.apply')}</button>
      </form>
      <ErrorSummary error={regions.error ?? progress.error ?? sites.error} />
      {regions.isPending && <Loading />}
      {regions.data && total && (
        <section aria-labelledby="national-summary">
          <h2 id="national-summary">{t('national.summaryTitle', { from: regions.data.period.from, to: regions.data.period.to })}</h2>
          <dl className="figures">
            <dt>{t('national.regionsListed')}</dt>
            <dd>{regions.data.regions.length}</dd>
            {STAGES.map((stage) => (
              <div key={stage.key} className="figures__item">
                <dt>{t(`national.stage.${stage.key}`)}</dt>
                <dd>{regions.data.stages[stage.key]}</dd>
              </div>
            ))}
            <dt>{t('national.column.tickets')}</dt>
            <dd>{total.tickets.toLocaleString()}</dd>
            <dt>{t('national.column.meanWait')}</dt>
            <dd>{total.meanWaitMinutes ?? '–'}</dd>
            <dt>{t('national.column.p90Wait')}</dt>
            <dd>{total.p90WaitMinutes ?? '–'}</dd>
            <dt>{t('national.column.ikm')}</dt>
            <dd>{total.ikm ?? '–'}</dd>
            <dt>{t('national.column.complaints')}</dt>
            <dd>{total.complaints}</dd>
          </dl>
          <ExportButtons filters={filters} />
        </section>
      )}
      {progress.data && (
        <StackedBars
          title={t('national.progressTitle')}
          tableCaption={t('national.progressTable')}
          categories={STAGES.map((stage) => ({ key: stage.key, color: stage.color, label: t(`national.stage.${stage.key}`) }))}
          groups={progress.data.months.map((month) => ({ label: month.month, values: month.counts }))}
        />
      )}
      {sites.data && <NationalMap sites={shownSites} title={t('national.mapTitle')} />}
      {regions.data && <RegionsTable me={me} regions={regions.data.regions} />}
    </ConsoleFrame>
  );
}

function provincesOf(data: NationalRegions | undefined): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const region of data?.regions ?? []) seen.set(region.provinceCode, region.provinceName);
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}
