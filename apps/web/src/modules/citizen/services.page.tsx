import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';

import { api, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { useAgencies } from './citizen-queries';
import { ServiceFacts } from './service-facts';

/** `/warga/32.71/layanan?q=akta&agency=disdukcapil`: the API's search; the address keeps it. */
export function ServicesPage({ region }: { region: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const agency = params.get('agency') ?? '';
  const [text, setText] = useState(q);
  const [agencyChoice, setAgencyChoice] = useState(agency);
  const agencies = useAgencies(region);
  const services = useQuery({
    queryKey: ['/v1/regions/{code}/services', region, { q, agency }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/regions/{code}/services', {
          params: { path: { code: region }, query: { q: q || undefined, agency: agency || undefined } },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (text.trim()) next.q = text.trim();
    if (agencyChoice) next.agency = agencyChoice;
    setParams(next);
  };
  return (
    <Page title={t('citizen.servicesTitle')} back={`/warga/${region}`}>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="service-q">{t('citizen.serviceSearch')}</label>
        <input id="service-q" name="q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <label htmlFor="service-agency">{t('citizen.agency')}</label>
        <select id="service-agency" name="agency" value={agencyChoice} onChange={(event) => setAgencyChoice(event.target.value)}>
          <option value="">{t('citizen.allAgencies')}</option>
          {agencies.data?.items.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
        <button type="submit">{t('citizen.search')}</button>
      </form>
      {services.isPending && <Loading />}
      <ErrorSummary error={services.error} />
      {services.data && services.data.total === 0 && <p role="status">{t('citizen.serviceNone')}</p>}
      <ul className="cards">
        {services.data?.items.map((service) => (
          <li key={`${service.agencyCode}/${service.code}`} className="card">
            <h2>
              <Link href={`/warga/${region}/layanan/${service.agencyCode}/${service.code}`}>{service.name}</Link>
            </h2>
            <p className="muted">{service.agencyName}</p>
            <ServiceFacts service={service} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
