import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { surveyBody, type SurveyDraft } from '../survey/survey-answers';
import { SurveyForm } from '../survey/survey-form';
import { SurveyThanks } from '../survey/survey-thanks';

type Subject = { ticketId: string } | { trackingCode: string };

/**
 * `/warga/32.71/tiket/{id}/survei` and `/warga/32.71/permohonan/{code}/survei`: the citizen rates
 * a finished visit, once. The ticket id or tracking code is the holder's own key; the answer is
 * kept without it (anonymous to the agency).
 */
export function SurveyPage({ region, subject }: { region: string; subject: Subject }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const isTicket = 'ticketId' in subject;
  const back = isTicket
    ? `/warga/${region}/tiket/${subject.ticketId}`
    : `/warga/${region}/permohonan/${encodeURIComponent(subject.trackingCode)}`;
  const queryKey = ['/v1/regions/{code}/survey-form', region, subject];
  const form = useQuery({
    queryKey,
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/survey-form', { params: { path: { code: region }, query: subject } })),
    retry: (count, error) => !(error instanceof ApiFailure) && count < 3,
  });
  const send = useMutation({
    mutationFn: (draft: SurveyDraft) =>
      unwrap(
        api.POST('/v1/regions/{code}/survey-responses', { params: { path: { code: region } }, body: { ...subject, ...surveyBody(draft) } }),
      ),
    // Opened again, the page says this visit is rated.
    onSuccess: () => void client.invalidateQueries({ queryKey }),
  });
  const subjectState = form.data?.subject;
  const notFound = form.error instanceof ApiFailure && form.error.status === 404;
  return (
    <Page title={t('survey.title')} back={back}>
      {form.isPending && <Loading />}
      {notFound ? (
        <Refusal text={t(isTicket ? 'survey.notFoundTicket' : 'survey.notFoundApplication')} />
      ) : (
        <ErrorSummary error={form.error} />
      )}
      {subjectState && <p className="survey__service">{t('survey.service', { name: subjectState.serviceName })}</p>}
      {send.isSuccess ? (
        <SurveyThanks message={send.data.message} />
      ) : (
        subjectState &&
        form.data &&
        (subjectState.answered ? (
          <Refusal text={t('survey.answered')} />
        ) : !subjectState.open ? (
          <Refusal text={t(isTicket ? 'survey.notOpenTicket' : 'survey.notOpenApplication')} />
        ) : (
          <SurveyForm form={form.data} pending={send.isPending} error={send.error} onSubmit={(draft) => send.mutate(draft)} />
        ))
      )}
      {(send.isSuccess || subjectState?.answered || subjectState?.open === false || notFound) && (
        <p>
          <Link href={back}>{t(isTicket ? 'survey.toTicket' : 'survey.toApplication')}</Link>
        </p>
      )}
    </Page>
  );
}

/** Why this visit cannot be rated now, in words. */
function Refusal({ text }: { text: string }) {
  return (
    <p className="survey__refusal" role="status">
      {text}
    </p>
  );
}
