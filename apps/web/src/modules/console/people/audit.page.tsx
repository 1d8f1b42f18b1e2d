import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { unwrap } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';

interface Filters {
  actorId: string;
  action: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { actorId: '', action: '', from: '', to: '' };

/** `/konsol/wilayah/:region/audit`: the region's trail, newest first, by actor, action and day, a page at a time. */
export function AuditPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const events = useQuery({
    queryKey: ['console', '/admin/api/v1/audit-events', region, filters, page],
    queryFn: () =>
      unwrap(
        adminApi.GET('/admin/api/v1/audit-events', {
          params: {
            query: {
              region,
              page,
              pageSize: 25,
              ...(filters.actorId && { actorId: filters.actorId }),
              ...(filters.action && { action: filters.action }),
              ...(filters.from && { from: filters.from }),
              ...(filters.to && { to: filters.to }),
            },
          },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const set = (field: keyof Filters) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  return (
    <ConsoleFrame title={t('people.auditTitle', { region })} me={me} region={region}>
      <form onSubmit={submit} className="console-form console-form--inline" role="search" aria-label={t('people.auditFilters')}>
        <div>
          <label htmlFor="audit-actor">{t('people.actor')}</label>
          <input id="audit-actor" value={draft.actorId} onChange={set('actorId')} />
        </div>
        <div>
          <label htmlFor="audit-action">{t('people.action')}</label>
          <input id="audit-action" value={draft.action} onChange={set('action')} />
        </div>
        <div>
          <label htmlFor="audit-from">{t('people.from')}</label>
          <input id="audit-from" type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div>
          <label htmlFor="audit-to">{t('people.to')}</label>
          <input id="audit-to" type="date" value={draft.to} onChange={set('to')} />
        </div>
        <button type="submit">{t('people.filter')}</button>
      </form>
      <ErrorSummary error={events.error} />
      {events.isPending && <Loading />}
      {events.data && <p role="status">{t('people.auditCount', { count: events.data.total })}</p>}
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('people.actor')}</th>
            <th scope="col">{t('people.action')}</th>
            <th scope="col">{t('people.outcome')}</th>
            <th scope="col">{t('people.target')}</th>
          </tr>
        </thead>
        <tbody>
          {events.data?.items.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.occurredAt)}</td>
              <td>
                {event.actorType}
                {event.actorId ? <div className="muted">{String(event.actorId)}</div> : null}
              </td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>{event.outcome}</td>
              <td>{[event.targetType, event.targetId].filter(Boolean).map(String).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.data && events.data.totalPages > 1 && (
        <nav aria-label={t('people.auditPages')}>
          <button type="button" className="button--secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('history.previous')}
          </button>
          <span>{t('history.page', { page, pages: events.data.totalPages })}</span>
          <button type="button" className="button--secondary" disabled={page >= events.data.totalPages} onClick={() => setPage(page + 1)}>
            {t('history.next')}
          </button>
        </nav>
      )}
    </ConsoleFrame>
  );
}
