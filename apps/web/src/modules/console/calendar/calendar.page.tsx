import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { formatDay } from '../../../shared/format';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import { WeeklyHours } from '../../citizen/opening-status';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi, consoleApi } from '../console-session';
import { calendarDays } from './calendar-grid';

type OverrideRequest = AdminSchema<'CreateCalendarOverrideRequest'>;
const KEY = ['console', '/admin/api/v1/regions/{regionCode}/calendar-overrides'];

/** `/konsol/wilayah/:region/kalender`: each site's week, holidays and overrides on a calendar; add and cancel overrides. */
export function CalendarPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const mall = useQuery({
    queryKey: ['console', '/v1/regions/{code}/mall', region],
    queryFn: () => unwrap(consoleApi.GET('/v1/regions/{code}/mall', { params: { path: { code: region } } })),
  });
  const overrides = useQuery({
    queryKey: [...KEY, region],
    queryFn: () =>
      unwrap(adminApi.GET('/admin/api/v1/regions/{regionCode}/calendar-overrides', { params: { path: { regionCode: region } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['console'] });
  const cancel = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        adminApi.POST('/admin/api/v1/regions/{regionCode}/calendar-overrides/{id}/cancel', {
          params: { path: { regionCode: region, id } },
        }),
      ),
    onSuccess: () => refresh(),
  });
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  return (
    <ConsoleFrame title={t('calendar.title', { region })} me={me} region={region}>
      <ErrorSummary error={mall.error ?? overrides.error ?? cancel.error} />
      {(mall.isPending || overrides.isPending) && <Loading />}
      {mall.data?.sites.map((site) => (
        <section key={site.code} aria-labelledby={`site-${site.code}`}>
          <h2 id={`site-${site.code}`}>{site.name}</h2>
          <WeeklyHours site={site} />
          <table className="calendar">
            <caption>{t('calendar.coming')}</caption>
            <thead>
              <tr>
                {['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => (
                  <th key={day} scope="col">
                    {t(`calendar.weekday.${day as 'mon'}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(calendarDays(today, 5, site.hours as never, site.specialDays)).map((week) => (
                <tr key={week[0].date}>
                  {week.map((day) => (
                    <td
                      key={day.date}
                      className={`calendar__day${day.open ? '' : ' calendar__day--closed'}${day.today ? ' calendar__day--today' : ''}`}
                    >
                      <span className="calendar__date">{Number(day.date.slice(8))}</span>
                      <span>{day.open ? day.hours : t('calendar.closed')}</span>
                      {day.special && <span className="calendar__reason">{day.special}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2>{t('calendar.overrides')}</h2>
      {overrides.data && overrides.data.items.length === 0 && <p>{t('calendar.noOverrides')}</p>}
      <ul className="console-list">
        {overrides.data?.items.map((item) => (
          <li key={item.id}>
            <strong>{formatDay(item.date)}</strong> · {item.siteCode}
            {item.agencyCode ? ` · ${String(item.agencyCode)}${item.serviceCode ? `/${String(item.serviceCode)}` : ''}` : ''} ·{' '}
            {item.kind === 'open' ? t('calendar.kindOpen') : t('calendar.kindClosed')}
            {item.hours?.length ? ` ${item.hours.map((range) => `${range.from}–${range.to}`).join(', ')}` : ''} · {item.reason}
            {item.cancelledAt ? (
              <span className="muted"> · {t('calendar.cancelled')}</span>
            ) : (
              <button
                type="button"
                className="button--secondary"
                onClick={() => cancel.mutate(item.id)}
                aria-label={t('calendar.cancelNamed', { day: formatDay(item.date), reason: item.reason })}
              >
                {t('calendar.cancel')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <AddOverride
        region={region}
        sites={mall.data?.sites.map((site) => ({ code: site.code, name: site.name })) ?? []}
        onAdded={() => void refresh()}
      />
    </ConsoleFrame>
  );
}

function weeksOf<T>(days: T[]): T[][] {
  const weeks: T[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

function AddOverride({ region, sites, onAdded }: { region: string; sites: { code: string; name: string }[]; onAdded: () => void }) {
  const { t } = useTranslation('console');
  const [form, setForm] = useState({
    siteCode: '',
    date: '',
    kind: 'closed' as OverrideRequest['kind'],
    from: '',
    to: '',
    reason: '',
    agencyCode: '',
    serviceCode: '',
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/admin/api/v1/regions/{regionCode}/calendar-overrides', {
          params: { path: { regionCode: region } },
          body: {
            siteCode: form.siteCode || sites[0]?.code || '',
            date: form.date,
            kind: form.kind,
            reason: form.reason,
            ...(form.from && form.to && { hours: [{ from: form.from, to: form.to }] }),
            ...(form.agencyCode && { agencyCode: form.agencyCode }),
            ...(form.serviceCode && { serviceCode: form.serviceCode }),
          },
        }),
      ),
    onSuccess: () => {
      setForm({ ...form, date: '', from: '', to: '', reason: '' });
      onAdded();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="console-form" aria-labelledby="add-override-title">
      <h2 id="add-override-title">{t('calendar.add')}</h2>
      <ErrorSummary error={add.error} />
      <label htmlFor="override-site">{t('calendar.site')}</label>
      <select id="override-site" value={form.siteCode || sites[0]?.code || ''} onChange={set('siteCode')}>
        {sites.map((site) => (
          <option key={site.code} value={site.code}>
            {site.name}
          </option>
        ))}
      </select>
      <label htmlFor="override-date">{t('calendar.date')}</label>
      <input id="override-date" type="date" value={form.date} onChange={set('date')} />
      <fieldset>
        <legend>{t('calendar.kind')}</legend>
        {(['closed', 'open'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="override-kind" checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
            {kind === 'open' ? t('calendar.kindOpen') : t('calendar.kindClosed')}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('calendar.hoursHint')}</p>
      <label htmlFor="override-from">{t('calendar.from')}</label>
      <input id="override-from" type="time" value={form.from} onChange={set('from')} />
      <label htmlFor="override-to">{t('calendar.to')}</label>
      <input id="override-to" type="time" value={form.to} onChange={set('to')} />
      <label htmlFor="override-reason">{t('calendar.reason')}</label>
      <input id="override-reason" value={form.reason} onChange={set('reason')} />
      <label htmlFor="override-agency">{t('calendar.agency')}</label>
      <input id="override-agency" value={form.agencyCode} onChange={set('agencyCode')} />
      <label htmlFor="override-service">{t('calendar.service')}</label>
      <input id="override-service" value={form.serviceCode} onChange={set('serviceCode')} />
      <p>
        <button type="submit" disabled={add.isPending}>
          {t('calendar.submit')}
        </button>
      </p>
    </form>
  );
}
