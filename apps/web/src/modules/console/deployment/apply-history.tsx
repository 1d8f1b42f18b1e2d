import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { Loading } from '../../../shared/ui/page';
import { adminApi } from '../console-session';
import { planSummary } from './plan-view';

interface AppliedItem {
  action: string;
  kind: string;
  key: string;
}

/** The region's applies, newest first, from the audit trail: who, when, which file, what changed. */
export function ApplyHistory({ region }: { region: string }) {
  const { t } = useTranslation('console');
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: ['console', '/admin/api/v1/audit-events', 'deployment.apply', region, page],
    queryFn: () =>
      unwrap(adminApi.GET('/admin/api/v1/audit-events', { params: { query: { action: 'deployment.apply', region, page, pageSize: 10 } } })),
  });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.isPending && <Loading />}
      {history.data && history.data.items.length === 0 && <p>{t('history.none')}</p>}
      {history.data && history.data.items.length > 0 && (
        <>
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.file')}</th>
                <th scope="col">{t('history.what')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((event) => {
                const details = event.details as {
                  changes?: AdminSchema<'PlanSummaryDto'>;
                  items?: AppliedItem[];
                  itemsOmitted?: number;
                  file?: string;
                };
                return (
                  <tr key={event.id}>
                    <td>{formatDateTime(event.occurredAt)}</td>
                    <td>{event.actorId ? String(event.actorId) : event.actorType}</td>
                    <td>{details.file ?? '—'}</td>
                    <td>
                      {details.changes ? <p>{planSummary({ summary: details.changes }, t)}</p> : null}
                      {details.items && details.items.length > 0 && (
                        <details>
                          <summary>{details.items.length + (details.itemsOmitted ?? 0)}</summary>
                          <ul>
                            {details.items.map((item, index) => (
                              <li key={index}>
                                {t(`plan.action.${item.action as 'create'}`)} · {t(`plan.kind.${item.kind as 'region'}`)}{' '}
                                <code>{item.key}</code>
                              </li>
                            ))}
                            {details.itemsOmitted ? <li>{t('history.more', { count: details.itemsOmitted })}</li> : null}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {history.data.totalPages > 1 && (
            <nav aria-label={t('history.title')}>
              <button type="button" className="button--secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('history.previous')}
              </button>
              <span>{t('history.page', { page, pages: history.data.totalPages })}</span>
              <button
                type="button"
                className="button--secondary"
                disabled={page >= history.data.totalPages}
                onClick={() => setPage(page + 1)}
              >
                {t('history.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
