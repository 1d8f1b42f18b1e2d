import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading } from '../../shared/ui/page';
import type { Me } from './console-access';
import { ConsoleFrame } from './console-frame';
import { consoleApi } from './console-session';

/** `/konsol` for a national admin: find any of the 514 kabupaten/kota and open its pages. */
export function RegionsPage({ me }: { me: Me }) {
  const { t } = useTranslation('console');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const regions = useQuery({
    queryKey: ['console', '/v1/regions', q],
    queryFn: () => unwrap(consoleApi.GET('/v1/regions', { params: { query: { q: q || undefined, pageSize: 50 } } })),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };
  return (
    <ConsoleFrame title={t('regions.title')} me={me}>
      <p>{t('regions.intro')}</p>
      <form onSubmit={onSubmit} role="search">
        <label htmlFor="console-region-q">{t('regions.search')}</label>
        <input id="console-region-q" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">{t('regions.submit')}</button>
      </form>
      <ErrorSummary error={regions.error} />
      {regions.isPending && <Loading />}
      {regions.data && regions.data.items.length === 0 && <p>{t('regions.none')}</p>}
      <ul className="console-list">
        {regions.data?.items.map((region) => (
          <li key={region.code}>
            <Link href={`/konsol/wilayah/${region.code}/deployment`}>{t('regions.open', { name: region.name, code: region.code })}</Link>
          </li>
        ))}
      </ul>
    </ConsoleFrame>
  );
}
