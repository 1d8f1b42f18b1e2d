import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { formatClock, formatDay, formatMoment } from '../../shared/format';

type Site = ApiSchema<'SiteDto'>;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Open now or not, as the API computed it for the site's own time zone, and until when. */
export function OpeningStatus({ site, timeZone }: { site: Site; timeZone?: string }) {
  const { t } = useTranslation();
  const now = site.now;
  return (
    <div className={now.open ? 'status status--open' : 'status status--closed'}>
      <p className="status__title">{now.open ? t('citizen.openNow') : t('citizen.closedNow')}</p>
      {now.open && now.openUntil && <p>{t('citizen.openUntil', { time: formatClock(now.openUntil, timeZone) })}</p>}
      {now.open && now.ticketsUntil && <p>{t('citizen.ticketsUntil', { time: formatClock(now.ticketsUntil, timeZone) })}</p>}
      {!now.open && now.closedReason && (
        <p>
          {t('citizen.closedBecause', {
            reason: now.closedLabel ?? t(`citizen.closedReasons.${now.closedReason}` as 'citizen.closedReasons.holiday'),
          })}
        </p>
      )}
      {!now.open && now.nextOpening && <p>{t('citizen.nextOpening', { when: formatMoment(now.nextOpening, timeZone) })}</p>}
    </div>
  );
}

/** The weekly hours, Monday first, with the days the site is closed. */
export function WeeklyHours({ site }: { site: Site }) {
  const { t } = useTranslation();
  return (
    <table className="hours">
      <caption>{t('citizen.hours')}</caption>
      <tbody>
        {DAYS.map((day) => {
          // The document types the weekly hours loosely (a map of TimeRangeDto lists).
          const ranges = (site.hours as Record<string, { from: string; to: string }[] | undefined>)[day] ?? [];
          return (
            <tr key={day}>
              <th scope="row">{t(`citizen.days.${day}`)}</th>
              <td>{ranges.length === 0 ? t('citizen.closedDay') : ranges.map((range) => `${range.from}–${range.to}`).join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Holidays, cuti bersama and schedule changes in the coming weeks, so nobody travels to a closed mall. */
export function SpecialDays({ site }: { site: Site }) {
  const { t } = useTranslation();
  if (site.specialDays.length === 0) return null;
  return (
    <section aria-labelledby={`special-${site.code}`}>
      <h3 id={`special-${site.code}`}>{t('citizen.specialDays')}</h3>
      <ul className="special-days">
        {site.specialDays.map((day) => (
          <li key={day.date}>
            {day.open
              ? t('citizen.specialOpen', {
                  day: formatDay(day.date),
                  hours: (day.hours ?? []).map((range) => `${range.from}–${range.to}`).join(', '),
                  reason: day.reason,
                })
              : t('citizen.specialClosed', { day: formatDay(day.date), reason: day.reason })}
          </li>
        ))}
      </ul>
    </section>
  );
}
