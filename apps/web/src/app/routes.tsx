import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';

import { BookingPage } from '../modules/citizen/booking.page';
import { BookingCodePage } from '../modules/citizen/booking-code.page';
import { MallPage } from '../modules/citizen/mall.page';
import { RegionChoicePage } from '../modules/citizen/region-choice.page';
import { ServicePage } from '../modules/citizen/service.page';
import { ServicesPage } from '../modules/citizen/services.page';
import { TicketPage } from '../modules/citizen/ticket.page';
import { Loading, Page } from '../shared/ui/page';

const DeskRoutes = lazy(() => import('../modules/desk/desk.routes'));
const KioskPage = lazy(() => import('../modules/kiosk/kiosk.page').then((module) => ({ default: module.KioskPage })));
const ConsoleRoutes = lazy(() => import('../modules/console/console.routes'));
// A citizen reaches these after a visit (a link, a QR code): not in the first load.
const SurveyPage = lazy(() => import('../modules/citizen/survey.page').then((module) => ({ default: module.SurveyPage })));
const TrackingPage = lazy(() => import('../modules/citizen/tracking.page').then((module) => ({ default: module.TrackingPage })));
const FileComplaintPage = lazy(() =>
  import('../modules/complaint/file-complaint.page').then((module) => ({ default: module.FileComplaintPage })),
);
const ComplaintTrackingPage = lazy(() =>
  import('../modules/complaint/complaint-tracking.page').then((module) => ({ default: module.ComplaintTrackingPage })),
);
const BoardPage = lazy(() => import('../modules/board/board.page').then((module) => ({ default: module.BoardPage })));

/**
 * A route per screen, each address shareable. The first segments (warga, kiosk, papan, loket, konsol)
 * are the ones the API answers with this app: keep in step with WEB_SCREEN_PREFIXES in
 * libs/platform/src/http/web-app.ts. Citizen pages are in the first load; the others load on demand.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/warga" replace />
      </Route>
      <Route path="/warga" component={RegionChoicePage} />
      <Route path="/warga/:region">{(params) => <MallPage region={params.region} />}</Route>
      <Route path="/warga/:region/layanan">{(params) => <ServicesPage region={params.region} />}</Route>
      <Route path="/warga/:region/layanan/:agency/:service">
        {(params) => <ServicePage region={params.region} agency={params.agency} service={params.service} />}
      </Route>
      <Route path="/warga/:region/layanan/:agency/:service/pesan">
        {(params) => <BookingPage region={params.region} agency={params.agency} service={params.service} />}
      </Route>
      <Route path="/warga/:region/janji/:code">{(params) => <BookingCodePage region={params.region} code={params.code} />}</Route>
      <Route path="/warga/:region/tiket/:ticketId">{(params) => <TicketPage region={params.region} ticketId={params.ticketId} />}</Route>
      <Route path="/warga/:region/pengaduan">
        {(params) => (
          <Suspense fallback={<Loading />}>
            <FileComplaintPage region={params.region} />
          </Suspense>
        )}
      </Route>
      <Route path="/warga/:region/pengaduan/lacak">
        {(params) => (
          <Suspense fallback={<Loading />}>
            <ComplaintTrackingPage region={params.region} />
          </Suspense>
        )}
      </Route>
      <Route path="/warga/:region/tiket/:ticketId/survei">
        {(params) => (
          <Suspense fallback={<Loading />}>
            <SurveyPage region={params.region} subject={{ ticketId: params.ticketId }} />
          </Suspense>
        )}
      </Route>
      <Route path="/warga/:region/permohonan/:trackingCode">
        {(params) => (
          <Suspense fallback={<Loading />}>
            <TrackingPage region={params.region} trackingCode={params.trackingCode} />
          </Suspense>
        )}
      </Route>
      <Route path="/warga/:region/permohonan/:trackingCode/survei">
        {(params) => (
          <Suspense fallback={<Loading />}>
            <SurveyPage region={params.region} subject={{ trackingCode: params.trackingCode }} />
          </Suspense>
        )}
      </Route>
      <Route path="/kiosk">
        <Suspense fallback={<Loading />}>
          <KioskPage />
        </Suspense>
      </Route>
      <Route path="/papan">
        <Suspense fallback={<Loading />}>
          <BoardPage />
        </Suspense>
      </Route>
      <Route path="/loket">
        <Suspense fallback={<Loading />}>
          <DeskRoutes />
        </Suspense>
      </Route>
      <Route path="/loket/*">
        <Suspense fallback={<Loading />}>
          <DeskRoutes />
        </Suspense>
      </Route>
      <Route path="/konsol">
        <Suspense fallback={<Loading />}>
          <ConsoleRoutes />
        </Suspense>
      </Route>
      <Route path="/konsol/*">
        <Suspense fallback={<Loading />}>
          <ConsoleRoutes />
        </Suspense>
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('common.notFound')}>
      <p>
        <Link href="/warga">{t('common.home')}</Link>
      </p>
    </Page>
  );
}
