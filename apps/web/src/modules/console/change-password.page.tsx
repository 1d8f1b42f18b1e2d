import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import type { Me } from './console-access';
import { ConsoleFrame } from './console-frame';
import { consoleApi, consoleSession } from './console-session';

/**
 * Shown instead of every page while the account signs in with a password an admin set: it
 * must choose its own first (the APIs refuse everything else with PASSWORD_CHANGE_REQUIRED).
 * A changed password ends every session, so the next step is signing in again.
 */
export function ChangePasswordPage({ me }: { me: Me }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: async () => {
      await unwrap(consoleApi.POST('/v1/auth/password', { body: { currentPassword: current, newPassword: next } }));
      consoleSession.store.write(undefined);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['console'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <ConsoleFrame title={t('password.title')} me={me}>
      <p>{t('password.intro')}</p>
      <form onSubmit={submit} noValidate className="narrow">
        <ErrorSummary error={change.error} />
        <label htmlFor="password-current">{t('password.current')}</label>
        <input
          id="password-current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <label htmlFor="password-new">{t('password.next')}</label>
        <p className="hint">{t('password.hint')}</p>
        <input
          id="password-new"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <p>
          <button type="submit" disabled={change.isPending}>
            {t('password.submit')}
          </button>
        </p>
      </form>
    </ConsoleFrame>
  );
}
