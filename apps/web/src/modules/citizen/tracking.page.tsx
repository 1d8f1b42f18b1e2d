import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { formatDateTime, formatDay, ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { surveyPath } from '../survey/survey-answers';
import { SurveyOffer } from '../survey/survey-offer';
import { useMall } from './citizen-queries';

type Status = ApiSchema<'ApplicationTrackingDto'>['status'];

/**
 * `/warga/32.71/permohonan/{trackingCode}`: an application's status by its tracking code, as the
 * public tracking API gives it (status, service, due date; nothing personal), and the survey once
 * it is completed.
 */
export function TrackingPage({ region, trackingCode }: { region: string; trackingCode: string }) {
  const { t } = useTranslation();
  const tracking = useQuery({
    queryKey: ['/v1/regions/{code}/tracking/{trackingCode}', region, trackingCode],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/tracking/{trackingCode}', { params: { path: { code: region, trackingCode } } })),
    retry: (count, error) => !(error instanceof ApiFailure) && count < 3,
    // A status changes at the agency's pace: a look each minute while the page is open is enough.
    refetchInterval: 60_000,
  });
  // Times on the mall's clock (WIB, WITA or WIT), not the phone's.
  const zone = ianaZone(useMall(region).data?.timeZone);
  const data = tracking.data;
  return (
    <Page title={t('tracking.title', { code: data?.trackingCode ?? trackingCode })} back={`/warga/${region}`}>
      {tracking.isPending && <Loading />}
      <ErrorSummary error={tracking.error} />
      {data && (
        <>
          <div className={`application application--${data.status}`} aria-live="polite">
            <p className="application__label">{t('tracking.status')}</p>
            <p className="application__status">{t(`tracking.statuses.${data.status as Status}`)}</p>
          </div>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('tracking.service')}</dt>
              <dd>{data.service.serviceName}</dd>
            </div>
            <div>
              <dt>{t('tracking.agency')}</dt>
              <dd>{data.service.agencyName}</dd>
            </div>
            {data.status !== 'completed' && data.status !== 'rejected' && data.status !== 'withdrawn' && (
              <div>
                <dt>{t('tracking.dueDate')}</dt>
                <dd>
                  {data.sla.dueDate ? formatDay(data.sla.dueDate) : t('tracking.noDueDate')} (
                  {t('tracking.workingDays', { count: data.sla.workingDays })})
                </dd>
              </div>
            )}
            {data.submittedAt && (
              <div>
                <dt>{t('tracking.submitted')}</dt>
                <dd>{formatDateTime(data.submittedAt, zone)}</dd>
              </div>
            )}
            <div>
              <dt>{t('tracking.updated')}</dt>
              <dd>{formatDateTime(data.updatedAt, zone)}</dd>
            </div>
          </dl>
          <p className="muted">{t('tracking.nothingPersonal')}</p>
          {data.status === 'completed' && <SurveyOffer path={surveyPath(region, { trackingCode: data.trackingCode })} />}
        </>
      )}
    </Page>
  );
}
