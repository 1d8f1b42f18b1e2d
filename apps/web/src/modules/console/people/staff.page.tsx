import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import { allows, type Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';

type Staff = AdminSchema<'StaffDto'>;
type Role = Staff['role'];
const ROLES: Role[] = ['region_admin', 'agency_supervisor', 'counter_officer'];
const KEY = ['console', '/admin/api/v1/staff'];

/** `/konsol/wilayah/:region/staf`: the region's staff accounts; create, change role and scope, disable, reset a password. */
export function StaffPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const staff = useQuery({
    queryKey: [...KEY, region],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/staff', { params: { query: { region, pageSize: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const [notice, setNotice] = useState<string>();
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: AdminSchema<'UpdateStaffRequest'> }) =>
      unwrap(adminApi.PATCH('/admin/api/v1/staff/{id}', { params: { path: { id } }, body })),
    onSuccess: (account) => {
      setNotice(t('people.saved', { name: account.displayName }));
      return refresh();
    },
  });
  const reset = useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      unwrap(adminApi.POST('/admin/api/v1/staff/{id}/password', { params: { path: { id } }, body: { newPassword } })),
    onSuccess: (account) => setNotice(t('people.passwordReset', { name: account.displayName })),
  });
  return (
    <ConsoleFrame title={t('people.staffTitle', { region })} me={me} region={region}>
      <ErrorSummary error={update.error ?? reset.error ?? staff.error} />
      {notice && (
        <p role="status" className="notice notice--ok">
          {notice}
        </p>
      )}
      {allows(me, 'POST /admin/api/v1/staff', region) && (
        <CreateStaff
          region={region}
          onCreated={(name) => {
            setNotice(t('people.created', { name }));
            void refresh();
          }}
        />
      )}
      <h2>{t('people.staffList')}</h2>
      {staff.isPending && <Loading />}
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.role')}</th>
            <th scope="col">{t('people.status')}</th>
            <th scope="col">{t('people.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.data?.items.map((account) => (
            <StaffRow
              key={account.id}
              account={account}
              me={me}
              onUpdate={(body) => update.mutate({ id: account.id, body })}
              onReset={(newPassword) => reset.mutate({ id: account.id, newPassword })}
            />
          ))}
        </tbody>
      </table>
    </ConsoleFrame>
  );
}

function StaffRow({
  account,
  me,
  onUpdate,
  onReset,
}: {
  account: Staff;
  me: Me;
  onUpdate: (body: AdminSchema<'UpdateStaffRequest'>) => void;
  onReset: (password: string) => void;
}) {
  const { t } = useTranslation('console');
  const [role, setRole] = useState<Role>(account.role);
  const [password, setPassword] = useState('');
  const self = account.id === me.id;
  const scope = [account.agencyCode, account.counterCode].filter(Boolean).map(String).join(' / ');
  return (
    <tr>
      <th scope="row">
        {account.displayName}
        <br />
        <span className="muted">{account.email}</span>
      </th>
      <td>
        {t(`role.${account.role}`, { region: account.regionCode ? String(account.regionCode) : '' })}
        {scope && <div className="muted">{scope}</div>}
      </td>
      <td>{account.disabled ? t('people.disabled') : account.lockedUntil ? t('people.locked') : t('people.active')}</td>
      <td>
        {!self && (
          <div className="row-actions">
            <label htmlFor={`role-${account.id}`}>{t('people.changeRoleOf', { name: account.displayName })}</label>
            <select id={`role-${account.id}`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`, { region: account.regionCode ? String(account.regionCode) : '' })}
                </option>
              ))}
            </select>
            <button type="button" className="button--secondary" disabled={role === account.role} onClick={() => onUpdate({ role })}>
              {t('people.saveRole')}
            </button>
            <button type="button" className="button--secondary" onClick={() => onUpdate({ disabled: !account.disabled })}>
              {account.disabled ? t('people.enable') : t('people.disable')}
            </button>
            <label htmlFor={`password-${account.id}`}>{t('people.newPasswordFor', { name: account.displayName })}</label>
            <input
              id={`password-${account.id}`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <button
              type="button"
              className="button--secondary"
              disabled={password.length === 0}
              onClick={() => {
                onReset(password);
                setPassword('');
              }}
            >
              {t('people.resetPassword')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

function CreateStaff({ region, onCreated }: { region: string; onCreated: (name: string) => void }) {
  const { t } = useTranslation('console');
  const [form, setForm] = useState({
    email: '',
    displayName: '',
    role: 'counter_officer' as Role,
    agencyCode: '',
    counterCode: '',
    password: '',
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/admin/api/v1/staff', {
          body: {
            email: form.email,
            displayName: form.displayName,
            role: form.role,
            regionCode: region,
            password: form.password,
            ...(form.agencyCode && { agencyCode: form.agencyCode }),
            ...(form.counterCode && { counterCode: form.counterCode }),
          },
        }),
      ),
    onSuccess: (account) => {
      setForm({ ...form, email: '', displayName: '', password: '' });
      onCreated(account.displayName);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="console-form" aria-labelledby="create-staff-title">
      <h2 id="create-staff-title">{t('people.createStaff')}</h2>
      <ErrorSummary error={create.error} />
      <label htmlFor="staff-email">{t('people.email')}</label>
      <input id="staff-email" type="email" value={form.email} onChange={set('email')} />
      <label htmlFor="staff-name">{t('people.name')}</label>
      <input id="staff-name" value={form.displayName} onChange={set('displayName')} />
      <label htmlFor="staff-role">{t('people.role')}</label>
      <select id="staff-role" value={form.role} onChange={set('role')}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`role.${option}`, { region })}
          </option>
        ))}
      </select>
      <label htmlFor="staff-agency">{t('people.agencyCode')}</label>
      <p className="hint">{t('people.agencyHint')}</p>
      <input id="staff-agency" value={form.agencyCode} onChange={set('agencyCode')} />
      <label htmlFor="staff-counter">{t('people.counterCode')}</label>
      <input id="staff-counter" value={form.counterCode} onChange={set('counterCode')} />
      <label htmlFor="staff-password">{t('people.initialPassword')}</label>
      <p className="hint">{t('people.initialPasswordHint')}</p>
      <input id="staff-password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} />
      <p>
        <button type="submit" disabled={create.isPending}>
          {t('people.create')}
        </button>
      </p>
    </form>
  );
}
