import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { LanguageSwitch } from '../../shared/ui/language-switch';
import { allows, type Me } from './console-access';
import { consoleSession } from './console-session';

/** The menu of a region's pages (kept here, not imported from the routes, so the frame stays a leaf). */
const REGION_NAV = [
  { path: 'staf', route: 'GET /admin/api/v1/staff', label: 'nav.staff' },
  { path: 'kunci-api', route: 'GET /admin/api/v1/api-keys', label: 'nav.apiKeys' },
  { path: 'perangkat', route: 'GET /admin/api/v1/regions/{regionCode}/devices', label: 'nav.devices' },
  { path: 'kalender', route: 'GET /admin/api/v1/regions/{regionCode}/calendar-overrides', label: 'nav.calendar' },
  { path: 'audit', route: 'GET /admin/api/v1/audit-events', label: 'nav.audit' },
  { path: 'laporan', route: 'GET /v1/regions/{code}/queue/report', label: 'nav.reports' },
] as const;

/**
 * One console page: a header (who is signed in, the language, sign out), the menu of the pages
 * this role may open for the region in view, one h1, the content.
 */
export function ConsoleFrame({ title, me, region, children }: { title: string; me?: Me | null; region?: string; children: ReactNode }) {
  const { t } = useTranslation('console');
  const { t: common } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  useEffect(() => {
    document.title = `${title} · ${t('name')}`;
  }, [title, t]);
  const signOut = async () => {
    await consoleSession.signOut();
    queryClient.removeQueries({ queryKey: ['console'] });
    navigate('/konsol');
  };
  const links: { href: string; label: string }[] = [];
  if (me && !me.regionCode && me.role === 'national_admin') links.push({ href: '/konsol', label: t('nav.regions') });
  if (allows(me ?? undefined, 'GET /admin/api/v1/national/regions')) links.push({ href: '/konsol/nasional', label: t('nav.national') });
  if (region && allows(me ?? undefined, 'POST /admin/api/v1/deployments/plan', region))
    links.push({ href: `/konsol/wilayah/${region}/deployment`, label: t('nav.deployment') });
  for (const page of REGION_NAV) {
    if (region && allows(me ?? undefined, page.route, region))
      links.push({ href: `/konsol/wilayah/${region}/${page.path}`, label: t(page.label) });
  }
  return (
    <div className="console">
      <a className="skip-link" href="#content">
        {common('app.skip')}
      </a>
      <header className="console__header">
        <Link href="/konsol" className="console__brand">
          {t('name')}
        </Link>
        <div className="console__who">
          {me?.role && <span>{t('signedInAs', { role: t(`role.${me.role}`, { region: me.regionCode }) })}</span>}
          <LanguageSwitch />
          {me && (
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      {links.length > 0 && (
        <nav className="console__nav" aria-label={t('nav.label')}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="content" className="console__main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
