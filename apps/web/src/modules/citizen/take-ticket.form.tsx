import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import type { ApiSchema } from '@mpp/api-client';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { formatMoment } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';

/**
 * Takes a walk-in ticket. One Idempotency-Key per intention: a double tap or a retry after a
 * lost answer returns the same ticket. A refusal is shown in the API's words, with the next
 * opening the catalogue gives for the site.
 */
export function TakeTicketForm({
  region,
  service,
  timeZone,
}: {
  region: string;
  service: ApiSchema<'ServiceDetailDto'>;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [siteCode, setSiteCode] = useState(service.sites[0]?.code ?? '');
  const [phone, setPhone] = useState('');
  const intention = useRef<string>(crypto.randomUUID());
  const take = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
          params: { path: { code: region, siteCode }, header: { 'Idempotency-Key': intention.current } },
          body: { agencyCode: service.agencyCode, serviceCode: service.code, phone: phone.trim() || undefined },
        }),
      ),
    onSuccess: (ticket) => navigate(`/warga/${region}/tiket/${ticket.id}`),
    onError: (error) => {
      // A refusal is final for this intention; the next tap is a new request.
      if (error instanceof ApiFailure) intention.current = crypto.randomUUID();
    },
  });
  const site = service.sites.find((item) => item.code === siteCode);
  const refusedUntil =
    take.error instanceof ApiFailure && ['SERVICE_CLOSED', 'TICKETS_CLOSED'].includes(take.error.code ?? '') && site?.now.nextOpening
      ? t('citizen.nextOpening', { when: formatMoment(site.now.nextOpening, timeZone) })
      : undefined;
  const fieldError = take.error instanceof ApiFailure ? take.error.body?.errors?.find((item) => item.path === 'phone') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    take.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={take.error} extra={refusedUntil} />
      {service.sites.length > 1 && (
        <fieldset>
          <legend>{t('citizen.site')}</legend>
          {service.sites.map((item) => (
            <label key={item.code} className="choice">
              <input type="radio" name="site" value={item.code} checked={siteCode === item.code} onChange={() => setSiteCode(item.code)} />
              {item.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className={fieldError ? 'field field--error' : 'field'}>
        <label htmlFor="ticket-phone">{t('citizen.phone')}</label>
        <p className="hint" id="ticket-phone-hint">
          {t('citizen.phoneHint')}
        </p>
        {fieldError && (
          <p className="field__error" id="ticket-phone-error">
            {fieldError.message}
          </p>
        )}
        <input
          id="ticket-phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          value={phone}
          aria-describedby={fieldError ? 'ticket-phone-hint ticket-phone-error' : 'ticket-phone-hint'}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => setPhone(event.target.value)}
        />
      </div>
      <button type="submit" disabled={take.isPending}>
        {t('citizen.takeTicket')}
      </button>
    </form>
  );
}
