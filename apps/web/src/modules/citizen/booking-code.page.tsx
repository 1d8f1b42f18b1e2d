import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { formatMoment, ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { useMall, useService } from './citizen-queries';

/**
 * `/warga/32.71/janji/K7M3Q9PX`: the booking code to show at the kiosk, its service and slot
 * (read from the API, so the address can be shared or opened again), the ticket once checked in,
 * and its cancellation (the API asks for the mobile number it was made with).
 */
export function BookingCodePage({ region, code }: { region: string; code: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['/v1/regions/{code}/bookings/{bookingCode}', region, code];
  const booking = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/bookings/{bookingCode}', { params: { path: { code: region, bookingCode: code } } })),
  });
  const data = booking.data;
  const service = useService(region, data?.agencyCode ?? '', data?.serviceCode ?? '', data !== undefined);
  // The slot on the mall's clock (WIB, WITA or WIT), wherever the phone reading it is set.
  const zone = ianaZone(useMall(region).data?.timeZone);
  const [phone, setPhone] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/regions/{code}/bookings/{bookingCode}/cancel', {
          params: { path: { code: region, bookingCode: code } },
          body: { phone },
        }),
      ),
    onSuccess: (cancelled) => client.setQueryData(key, { ...data, status: cancelled.status }),
  });
  const fieldError =
    cancel.error instanceof ApiFailure ? cancel.error.body?.errors?.find((item) => item.path === 'phone')?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <Page title={t('booking.codeTitle', { code })} back={`/warga/${region}`}>
      {booking.isPending && <Loading />}
      <ErrorSummary error={booking.error} />
      {data && (
        <>
          <div className="ticket">
            <p className="ticket__label">{t('booking.code')}</p>
            <p className="ticket__number">{data.code}</p>
            {service.data && <p className="ticket__status">{service.data.name}</p>}
            <p>{formatMoment(data.slotStart, zone)}</p>
          </div>
          {data.status === 'booked' && <p>{t('booking.checkInHint')}</p>}
          {data.status === 'checked_in' && (
            <p role="status">
              {t('booking.checkedIn')}{' '}
              {data.ticketId && <Link href={`/warga/${region}/tiket/${data.ticketId}`}>{t('booking.toTicket')}</Link>}
            </p>
          )}
          {data.status === 'cancelled' && <p role="status">{t('booking.cancelled')}</p>}
          {data.status === 'booked' && (
            <form onSubmit={submit} noValidate className="card">
              <h2>{t('booking.cancel')}</h2>
              <ErrorSummary error={cancel.error} />
              <div className={fieldError ? 'field field--error' : 'field'}>
                <label htmlFor="cancel-phone">{t('booking.cancelPhone')}</label>
                {fieldError && <p className="field__error">{fieldError}</p>}
                <input id="cancel-phone" type="tel" autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />
              </div>
              <button type="submit" className="button--warning" disabled={cancel.isPending}>
                {t('booking.cancel')}
              </button>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
