import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistoryState } from 'wouter/use-browser-location';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { formatMoment } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Page } from '../../shared/ui/page';

/**
 * `/warga/32.71/janji/K7M3Q9PX`: the booking code to show at the kiosk, and its cancellation
 * (the API asks for the mobile number it was made with). Its details show right after booking.
 */
export function BookingCodePage({ region, code }: { region: string; code: string }) {
  const { t } = useTranslation();
  const state = useHistoryState<{ slotStart?: string; service?: string } | null>();
  const [phone, setPhone] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/regions/{code}/bookings/{bookingCode}/cancel', {
          params: { path: { code: region, bookingCode: code } },
          body: { phone },
        }),
      ),
  });
  const fieldError =
    cancel.error instanceof ApiFailure ? cancel.error.body?.errors?.find((item) => item.path === 'phone')?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <Page title={t('booking.codeTitle', { code })} back={`/warga/${region}`}>
      <div className="ticket">
        <p className="ticket__label">{t('booking.code')}</p>
        <p className="ticket__number">{code}</p>
        {state?.service && <p className="ticket__status">{state.service}</p>}
        {state?.slotStart && <p>{formatMoment(state.slotStart)}</p>}
      </div>
      <p>{t('booking.checkInHint')}</p>
      {cancel.data?.status === 'cancelled' ? (
        <p role="status">{t('booking.cancelled')}</p>
      ) : (
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
    </Page>
  );
}
