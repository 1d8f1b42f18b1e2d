import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiFailure } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { ConsoleFrame } from './console-frame';
import { consoleSession } from './console-session';

/** The console's sign-in: the staff account's email and password, at the API's auth routes. */
export function ConsoleSignInPage({ refused }: { refused?: boolean }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useMutation({
    mutationFn: async () => {
      const answer = await consoleSession.signIn(email, password);
      if (!answer.data) throw new ApiFailure(answer.response.status, answer.error as never);
      await queryClient.invalidateQueries({ queryKey: ['console'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate();
  };
  return (
    <ConsoleFrame title={t('signIn.title')}>
      <form onSubmit={onSubmit} className="narrow" noValidate>
        <ErrorSummary error={submit.error} />
        {refused && <p role="alert">{t('signIn.noConsole')}</p>}
        <p>{t('signIn.intro')}</p>
        <label htmlFor="console-email">{t('signIn.email')}</label>
        <input id="console-email" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
        <label htmlFor="console-password">{t('signIn.password')}</label>
        <input
          id="console-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p>
          <button type="submit" disabled={submit.isPending}>
            {t('signIn.submit')}
          </button>
        </p>
      </form>
    </ConsoleFrame>
  );
}
