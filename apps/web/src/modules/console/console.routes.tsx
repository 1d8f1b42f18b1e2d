import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';

import { i18n } from '../../app/i18n';
import { Loading } from '../../shared/ui/page';
import { CalendarPage } from './calendar/calendar.page';
import { ChangePasswordPage } from './change-password.page';
import { allows, type Me } from './console-access';
import { ConsoleFrame } from './console-frame';
import { useMe } from './console-session';
import { DeploymentPage } from './deployment/deployment.page';
import { consoleEn } from './locales/en';
import { consoleId } from './locales/id';
import { NationalDashboardPage } from './national/national-dashboard.page';
import { ApiKeysPage } from './people/api-keys.page';
import { AuditPage } from './people/audit.page';
import { DevicesPage } from './people/devices.page';
import { StaffPage } from './people/staff.page';
import { RegionsPage } from './regions.page';
import { ReportsPage } from './reports/reports.page';
import { ConsoleSignInPage } from './sign-in.page';

// The console's texts arrive with its code, so the citizen pages' first load stays small.
i18n.addResourceBundle('id', 'console', consoleId, true, true);
i18n.addResourceBundle('en', 'console', consoleEn, true, true);

/** A region's pages after its deployment: each shown to whom its main route admits. */
const REGION_PAGES = [
  { path: 'staf', route: 'GET /admin/api/v1/staff', Page: StaffPage },
  { path: 'kunci-api', route: 'GET /admin/api/v1/api-keys', Page: ApiKeysPage },
  { path: 'perangkat', route: 'GET /admin/api/v1/regions/{regionCode}/devices', Page: DevicesPage },
  { path: 'kalender', route: 'GET /admin/api/v1/regions/{regionCode}/calendar-overrides', Page: CalendarPage },
  { path: 'audit', route: 'GET /admin/api/v1/audit-events', Page: AuditPage },
  { path: 'laporan', route: 'GET /v1/regions/{code}/queue/report', Page: ReportsPage },
] as const;

/** Roles that have pages here; counter staff sign in at /loket. */
const CONSOLE_ROLES = new Set(['national_admin', 'national_viewer', 'region_admin']);

/**
 * The console for regional IT teams and the ministry (`/konsol…`), loaded on demand. Every
 * page needs a signed-in admin; a page for a region is shown only when the route it calls
 * admits the role and region (the API refuses the rest anyway).
 */
export default function ConsoleRoutes() {
  const { t } = useTranslation('console');
  const me = useMe();
  if (me.isPending) return <Loading />;
  const principal = me.data ?? undefined;
  if (!principal) return <ConsoleSignInPage />;
  if (!principal.role || !CONSOLE_ROLES.has(principal.role)) return <ConsoleSignInPage refused />;
  if (principal.mustChangePassword) return <ChangePasswordPage me={principal} />;
  return (
    <Switch>
      <Route path="/konsol">
        {principal.regionCode ? (
          <Redirect to={`/konsol/wilayah/${principal.regionCode}/deployment`} replace />
        ) : principal.role === 'national_viewer' ? (
          <Redirect to="/konsol/nasional" replace />
        ) : (
          <RegionsPage me={principal} />
        )}
      </Route>
      <Route path="/konsol/nasional">
        {allows(principal, 'GET /admin/api/v1/national/regions') ? (
          <NationalDashboardPage me={principal} />
        ) : (
          <ConsoleFrame title={t('name')} me={principal}>
            <p role="alert">{t('refusedNational')}</p>
          </ConsoleFrame>
        )}
      </Route>
      <Route path="/konsol/wilayah/:region">{(params) => <Redirect to={`/konsol/wilayah/${params.region}/deployment`} replace />}</Route>
      <Route path="/konsol/wilayah/:region/deployment">
        {(params) => (
          <RegionGate me={principal} region={params.region} route="POST /admin/api/v1/deployments/plan">
            <DeploymentPage me={principal} region={params.region} />
          </RegionGate>
        )}
      </Route>
      {REGION_PAGES.map(({ path, route, Page }) => (
        <Route key={path} path={`/konsol/wilayah/:region/${path}`}>
          {(params) => (
            <RegionGate me={principal} region={params.region} route={route}>
              <Page me={principal} region={params.region} />
            </RegionGate>
          )}
        </Route>
      ))}
      <Route>
        <Redirect to="/konsol" replace />
      </Route>
    </Switch>
  );
}

/** A region's page for those whose role and region the page's route admits; a plain refusal for others. */
function RegionGate({
  me,
  region,
  route,
  children,
}: {
  me: Me;
  region: string;
  route: Parameters<typeof allows>[1];
  children: ReactElement;
}) {
  const { t } = useTranslation('console');
  if (allows(me, route, region)) return children;
  return (
    <ConsoleFrame title={t('name')} me={me}>
      <p role="alert">{t('refused', { region })}</p>
    </ConsoleFrame>
  );
}
