import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { api, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading } from '../../shared/ui/page';
import type { deviceApi, PairedDevice } from '../device/device-session';
import { surveyBody, type SurveyDraft } from '../survey/survey-answers';
import { SurveyForm } from '../survey/survey-form';
import { SurveyThanks } from '../survey/survey-thanks';

/** How long the thank-you stays before the kiosk is ready for the next respondent. */
export const THANKS_MS = 8_000;

/**
 * A walk-in respondent rates the service they used: the questionnaire, posted as this kiosk
 * (its device token) for its own site. No ticket is asked for: the kiosk is the proof of a visit.
 */
export function KioskSurveyStep({
  device,
  client,
  service,
  onDone,
  onBack,
}: {
  device: PairedDevice;
  client: ReturnType<typeof deviceApi>;
  service: ApiSchema<'ServiceSummaryDto'>;
  onDone: (message: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const region = device.regionCode;
  const form = useQuery({
    queryKey: ['/v1/regions/{code}/survey-form', region],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/survey-form', { params: { path: { code: region } } })),
  });
  const send = useMutation({
    mutationFn: (draft: SurveyDraft) =>
      unwrap(
        client.POST('/v1/regions/{code}/survey-responses', {
          params: { path: { code: region } },
          body: { siteCode: device.siteCode, agencyCode: service.agencyCode, serviceCode: service.code, ...surveyBody(draft) },
        }),
      ),
    onSuccess: (receipt) => onDone(receipt.message),
  });
  return (
    <>
      <h1>{t('survey.title')}</h1>
      <p className="kiosk__sub">{service.name}</p>
      {form.isPending && <Loading />}
      <ErrorSummary error={form.error} />
      {form.data && <SurveyForm form={form.data} pending={send.isPending} error={send.error} onSubmit={(draft) => send.mutate(draft)} />}
      <button type="button" className="button--secondary kiosk__back" onClick={onBack}>
        {t('common.back')}
      </button>
    </>
  );
}

/** The thank-you; the kiosk goes back to its start by itself after a few seconds, or at a touch of Done. */
export function KioskSurveyThanks({ message, onDone }: { message: string; onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDone, THANKS_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <>
      <h1>{t('survey.title')}</h1>
      <SurveyThanks message={message} />
      <button type="button" onClick={onDone}>
        {t('kiosk.done')}
      </button>
    </>
  );
}
