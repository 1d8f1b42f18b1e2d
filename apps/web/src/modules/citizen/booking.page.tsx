import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'wouter';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { useMall, useService } from './citizen-queries';

/** `/warga/32.71/layanan/disdukcapil/ktp-el/pesan?tanggal=2026-12-02`: free places per slot, and a booking. */
export function BookingPage({ region, agency, service }: { region: string; agency: string; service: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const detail = useService(region, agency, service);
  const mall = useMall(region);
  const site = detail.data?.sites[0];
  const date = params.get('tanggal') ?? site?.now.date ?? '';
  const zone = ianaZone(mall.data?.timeZone);
  const slots = useQuery({
    queryKey: [
      '/v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots',
      region,
      site?.code,
      agency,
      service,
      date,
    ],
    enabled: Boolean(site && date),
    queryFn: () =>
      unwrap(
        api.GET('/v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots', {
          params: { path: { code: region, siteCode: site?.code ?? '', agencyCode: agency, serviceCode: service }, query: { date } },
        }),
      ),
  });
  const [slotStart, setSlotStart] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const book = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/regions/{code}/bookings', {
          params: { path: { code: region } },
          body: { siteCode: site?.code ?? '', agencyCode: agency, serviceCode: service, slotStart, name, phone },
        }),
      ),
    onSuccess: (booking) => navigate(`/warga/${region}/janji/${booking.code}`),
  });
  const fieldError = (path: string) =>
    book.error instanceof ApiFailure ? book.error.body?.errors?.find((item) => item.path === path)?.message : undefined;
  const time = (iso: string) =>
    new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    book.mutate();
  };
  return (
    <Page title={t('booking.title')} back={`/warga/${region}/layanan/${agency}/${service}`}>
      {detail.data && <p className="muted">{detail.data.name}</p>}
      {(detail.isPending || slots.isPending) && <Loading />}
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={book.error ?? slots.error ?? detail.error} />
        <label htmlFor="booking-date">{t('booking.date')}</label>
        <input id="booking-date" type="date" value={date} onChange={(event) => setParams({ tanggal: event.target.value })} />
        <fieldset>
          <legend>{t('booking.slot')}</legend>
          {fieldError('slotStart') && <p className="field__error">{fieldError('slotStart')}</p>}
          {slots.data?.items.length === 0 && <p>{t('booking.noSlots')}</p>}
          <div className="slots">
            {slots.data?.items.map((slot) => (
              <label key={slot.start} className="choice">
                <input
                  type="radio"
                  name="slot"
                  value={slot.start}
                  disabled={slot.available === 0}
                  checked={slotStart === slot.start}
                  onChange={() => setSlotStart(slot.start)}
                />
                {time(slot.start)}–{time(slot.end)} · {t('booking.free', { count: slot.available })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={fieldError('name') ? 'field field--error' : 'field'}>
          <label htmlFor="booking-name">{t('booking.name')}</label>
          {fieldError('name') && <p className="field__error">{fieldError('name')}</p>}
          <input id="booking-name" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className={fieldError('phone') ? 'field field--error' : 'field'}>
          <label htmlFor="booking-phone">{t('booking.phone')}</label>
          {fieldError('phone') && <p className="field__error">{fieldError('phone')}</p>}
          <input
            id="booking-phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
          />
        </div>
        <button type="submit" disabled={book.isPending}>
          {t('booking.submit')}
        </button>
      </form>
    </Page>
  );
}
