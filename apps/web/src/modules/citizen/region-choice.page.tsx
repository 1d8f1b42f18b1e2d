import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';

import { api, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';

/** `/warga?q=bogor`: find a kabupaten/kota by name; the search is part of the address. */
export function RegionChoicePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const regions = useQuery({
    queryKey: ['/v1/regions', { q }],
    queryFn: () => unwrap(api.GET('/v1/regions', { params: { query: { q: q || undefined } } })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  return (
    <Page title={t('citizen.regionTitle')}>
      <p>{t('citizen.regionIntro')}</p>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="region-q">{t('citizen.regionSearch')}</label>
        <div className="search-form__row">
          <input id="region-q" name="q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit">{t('citizen.search')}</button>
        </div>
      </form>
      {regions.isPending && <Loading />}
      <ErrorSummary error={regions.error} />
      {regions.data && (
        <>
          <p role="status">
            {regions.data.total === 0 ? t('citizen.regionNone') : t('citizen.regionCount', { count: regions.data.total })}
          </p>
          <ul className="link-list">
            {regions.data.items.map((region) => (
              <li key={region.code}>
                <Link href={`/warga/${region.code}`}>{region.name}</Link> <span className="muted">{region.province.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
