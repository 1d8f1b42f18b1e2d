import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { ConnectionBanner } from './connection-banner';
import { LanguageSwitch } from './language-switch';

/** One screen of the citizen pages: a header with the language switch, one h1, the content. */
export function Page({
  title,
  back,
  reconnecting,
  children,
}: {
  title: string;
  back?: string;
  reconnecting?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="citizen">
      <a className="skip-link" href="#content">
        {t('app.skip')}
      </a>
      <header className="citizen__header">
        <Link href="/warga" className="citizen__brand">
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <ConnectionBanner reconnecting={reconnecting} />
      <main id="content" className="citizen__main" tabIndex={-1}>
        {back && (
          <Link href={back} className="back-link">
            {t('common.back')}
          </Link>
        )}
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
