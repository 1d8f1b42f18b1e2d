import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading } from '../../shared/ui/page';
import { DeskFrame } from './desk-frame';
import { deskApi } from './desk-session';

/** `/loket/32.71/disdukcapil`: choose the counter, the site and the services, then open it. */
export function OpenCounterPage({ region, agency }: { region: string; agency: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const desk = useQuery({
    queryKey: ['/v1/regions/{code}/agencies/{agencyCode}/desk', region, agency],
    queryFn: () =>
      unwrap(deskApi.GET('/v1/regions/{code}/agencies/{agencyCode}/desk', { params: { path: { code: region, agencyCode: agency } } })),
  });
  const [counter, setCounter] = useState<string>();
  const [site, setSite] = useState<string>();
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const counterCode = counter ?? desk.data?.counters[0]?.code ?? '';
  const siteCode = site ?? desk.data?.sites[0]?.code ?? '';
  const open = useMutation({
    mutationFn: () =>
      unwrap(
        deskApi.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
          params: { path: { code: region, agencyCode: agency, counterCode } },
          body: { siteCode, services: desk.data?.services.map((service) => service.code).filter((code) => !unchecked.has(code)) },
        }),
      ),
    onSuccess: () => navigate(`/loket/${region}/${agency}/${counterCode}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <DeskFrame title={t('desk.openTitle')}>
      {desk.isPending && <Loading />}
      <ErrorSummary error={desk.error ?? open.error} />
      {desk.data && (
        <form onSubmit={submit} className="narrow">
          <p className="muted">{desk.data.agencyName}</p>
          {desk.data.counters.length === 0 && <p role="alert">{t('desk.noCounter')}</p>}
          <fieldset>
            <legend>{t('desk.counter')}</legend>
            {desk.data.counters.map((item) => (
              <label key={item.code} className="choice">
                <input type="radio" name="counter" checked={counterCode === item.code} onChange={() => setCounter(item.code)} />
                {item.name}
              </label>
            ))}
          </fieldset>
          {desk.data.sites.length > 1 && (
            <fieldset>
              <legend>{t('desk.site')}</legend>
              {desk.data.sites.map((item) => (
                <label key={item.code} className="choice">
                  <input type="radio" name="site" checked={siteCode === item.code} onChange={() => setSite(item.code)} />
                  {item.name}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('desk.services')}</legend>
            {desk.data.services.map((service) => (
              <label key={service.code} className="choice">
                <input
                  type="checkbox"
                  checked={!unchecked.has(service.code)}
                  onChange={(event) => {
                    const next = new Set(unchecked);
                    if (event.target.checked) next.delete(service.code);
                    else next.add(service.code);
                    setUnchecked(next);
                  }}
                />
                {service.prefix} · {service.name}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={open.isPending || !counterCode}>
            {t('desk.open')}
          </button>
        </form>
      )}
    </DeskFrame>
  );
}
