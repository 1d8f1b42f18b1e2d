import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { ApiFailure, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { DeskFrame } from './desk-frame';
import { deskApi, sessionStore, signIn } from './desk-session';

/** `/loket`: sign in; then on to the officer's agency (from `GET /v1/me`). */
export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [notOfficer, setNotOfficer] = useState(false);
  const goToDesk = async () => {
    const me = await unwrap(deskApi.GET('/v1/me'));
    if (me.kind === 'staff' && me.regionCode && me.agencyCode) navigate(`/loket/${me.regionCode}/${me.agencyCode}`);
    else setNotOfficer(true);
  };
  useEffect(() => {
    if (sessionStore.read()) void goToDesk().catch(() => undefined);
    // Once, on arrival with a session of this tab.
  }, []);
  const submit = useMutation({
    mutationFn: async () => {
      const answer = await signIn(email, password);
      if (!answer.data) throw new ApiFailure(answer.response.status, answer.error as never);
      await goToDesk();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate();
  };
  return (
    <DeskFrame title={t('desk.signInTitle')}>
      <form onSubmit={onSubmit} className="narrow" noValidate>
        <ErrorSummary error={submit.error} extra={notOfficer ? t('desk.notOfficer') : undefined} />
        {notOfficer && !submit.error && <p role="alert">{t('desk.notOfficer')}</p>}
        <label htmlFor="desk-email">{t('desk.email')}</label>
        <input id="desk-email" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
        <label htmlFor="desk-password">{t('desk.password')}</label>
        <input
          id="desk-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p>
          <button type="submit" disabled={submit.isPending}>
            {t('desk.signIn')}
          </button>
        </p>
      </form>
    </DeskFrame>
  );
}
