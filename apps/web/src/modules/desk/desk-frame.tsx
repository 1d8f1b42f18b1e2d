import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ConnectionBanner } from '../../shared/ui/connection-banner';
import { LanguageSwitch } from '../../shared/ui/language-switch';

/** The officer's screen: a plain header, one h1, the content; for a desktop browser. */
export function DeskFrame({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="desk">
      <header className="citizen__header">
        <span className="citizen__brand">{t('app.name')}</span>
        <span>
          {actions}
          <LanguageSwitch />
        </span>
      </header>
      <ConnectionBanner />
      <main id="content" className="desk__main">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
