import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';
import { SecretOnce } from './secret-once';

type Scope = AdminSchema<'CreateApiKeyRequest'>['scopes'][number];
const SCOPES: Scope[] = [
  'catalog:read',
  'queue:write',
  'identity:verify',
  'audit:read',
  'business:read',
  'vehicle:read',
  'applications:read',
  'applications:write',
  'complaints:read',
  'complaints:write',
  'webhooks:manage',
];
const KEY = ['console', '/admin/api/v1/api-keys'];

/** `/konsol/wilayah/:region/kunci-api`: integrators' keys of the region; issue (shown once), rotate, revoke. */
export function ApiKeysPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<{ name: string; key: string }>();
  const keys = useQuery({
    queryKey: [...KEY, region],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/api-keys', { params: { query: { region, pageSize: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const rotate = useMutation({
    mutationFn: (id: string) => unwrap(adminApi.POST('/admin/api/v1/api-keys/{id}/rotate', { params: { path: { id } } })),
    onSuccess: (key) => {
      setIssued({ name: key.name, key: key.key });
      return refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(adminApi.POST('/admin/api/v1/api-keys/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => refresh(),
  });
  return (
    <ConsoleFrame title={t('people.keysTitle', { region })} me={me} region={region}>
      <ErrorSummary error={rotate.error ?? revoke.error ?? keys.error} />
      {issued && <SecretOnce label={t('people.keyIssued', { name: issued.name })} secret={issued.key} />}
      <IssueKey
        region={region}
        onIssued={(key) => {
          setIssued(key);
          void refresh();
        }}
      />
      <h2>{t('people.keysList')}</h2>
      {keys.isPending && <Loading />}
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.scopes')}</th>
            <th scope="col">{t('people.status')}</th>
            <th scope="col">{t('people.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.data?.items.map((key) => (
            <tr key={key.id}>
              <th scope="row">
                {key.name}
                <div className="muted">
                  <code>mpp_{key.prefix}_…</code>
                </div>
              </th>
              <td>{key.scopes.join(', ')}</td>
              <td>{key.revokedAt ? t('people.revokedAt', { when: formatDateTime(String(key.revokedAt)) }) : t('people.active')}</td>
              <td>
                {!key.revokedAt && (
                  <>
                    <button
                      type="button"
                      className="button--secondary"
                      onClick={() => rotate.mutate(key.id)}
                      aria-label={t('people.rotateNamed', { name: key.name })}
                    >
                      {t('people.rotate')}
                    </button>
                    <button
                      type="button"
                      className="button--warning"
                      onClick={() => revoke.mutate(key.id)}
                      aria-label={t('people.revokeNamed', { name: key.name })}
                    >
                      {t('people.revoke')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleFrame>
  );
}

function IssueKey({ region, onIssued }: { region: string; onIssued: (key: { name: string; key: string }) => void }) {
  const { t } = useTranslation('console');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [agencyCode, setAgencyCode] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const issue = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/admin/api/v1/api-keys', {
          body: {
            name,
            scopes,
            regionCode: region,
            ...(agencyCode && { agencyCode }),
            ...(expiresAt && { expiresAt: new Date(`${expiresAt}T23:59:59+07:00`).toISOString() }),
          },
        }),
      ),
    onSuccess: (key) => {
      setName('');
      setScopes([]);
      onIssued({ name: key.name, key: key.key });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate();
  };
  const toggle = (scope: Scope) => setScopes(scopes.includes(scope) ? scopes.filter((item) => item !== scope) : [...scopes, scope]);
  return (
    <form onSubmit={submit} noValidate className="console-form" aria-labelledby="issue-key-title">
      <h2 id="issue-key-title">{t('people.issueKey')}</h2>
      <ErrorSummary error={issue.error} />
      <label htmlFor="key-name">{t('people.keyName')}</label>
      <input id="key-name" value={name} onChange={(event) => setName(event.target.value)} />
      <fieldset>
        <legend>{t('people.scopes')}</legend>
        <div className="choices-grid">
          {SCOPES.map((scope) => (
            <label key={scope} className="choice">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
              <code>{scope}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="key-agency">{t('people.agencyCode')}</label>
      <p className="hint">{t('people.keyAgencyHint')}</p>
      <input id="key-agency" value={agencyCode} onChange={(event) => setAgencyCode(event.target.value)} />
      <label htmlFor="key-expires">{t('people.expires')}</label>
      <input id="key-expires" type="date" value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} />
      <p>
        <button type="submit" disabled={issue.isPending}>
          {t('people.issue')}
        </button>
      </p>
    </form>
  );
}
