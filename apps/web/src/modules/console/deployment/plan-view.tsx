import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

export type Plan = AdminSchema<'PlanDto'>;
type Change = AdminSchema<'ChangeDto'>;
type Action = 'create' | 'update' | 'reactivate' | 'deactivate';

/** The plan as a readable diff: what is created, what changes (each field before → after), reactivated, deactivated. */
export function PlanView({ plan, headingId }: { plan: Plan; headingId: string }) {
  const { t } = useTranslation('console');
  return (
    <section aria-labelledby={headingId} className="plan">
      <h2 id={headingId}>{t('plan.title')}</h2>
      <p>{planSummary(plan, t)}</p>
      {plan.changes.length === 0 ? (
        <p>{t('plan.none')}</p>
      ) : (
        <table className="console-table">
          <thead>
            <tr>
              <th scope="col">{t('plan.columns.action')}</th>
              <th scope="col">{t('plan.columns.kind')}</th>
              <th scope="col">{t('plan.columns.key')}</th>
              <th scope="col">{t('plan.columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.map((change, index) => (
              <tr key={index} className={`plan__row plan__row--${change.action}`}>
                <td>{t(`plan.action.${change.action as Action}`)}</td>
                <td>{t(`plan.kind.${change.kind as 'region'}`)}</td>
                <td>
                  <code>{change.key}</code>
                </td>
                <td>
                  <ChangeDetail change={change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ChangeDetail({ change }: { change: Change }) {
  const { t } = useTranslation('console');
  if (!change.diff?.length) return null;
  return (
    <dl className="plan__diff">
      {change.diff.map((entry) => (
        <div key={entry.field}>
          <dt>{entry.field}</dt>
          <dd>
            <del>{shown(entry.before, t('plan.unset'))}</del> → <ins>{shown(entry.after, t('plan.unset'))}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A field's value in one line: plain for text and numbers, compact JSON for the rest. */
export function shown(value: unknown, unset: string): string {
  if (value === undefined || value === null) return unset;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function planSummary(plan: Pick<Plan, 'summary'>, t: (key: 'plan.summary', values: Record<string, number>) => string): string {
  const counts = plan.summary as Record<Action, number>;
  return t('plan.summary', {
    create: counts.create ?? 0,
    update: counts.update ?? 0,
    reactivate: counts.reactivate ?? 0,
    deactivate: counts.deactivate ?? 0,
  });
}
