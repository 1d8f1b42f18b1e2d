import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../../shared/api';
import { playChime, soundUnlocked, unlockSound } from '../../shared/chime';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { surveyPath } from '../survey/survey-answers';
import { ticketQueryKey, useTicketStream } from './ticket-live';

// Only a finished ticket offers the survey: its QR code drawing is fetched then, not with the first load.
const SurveyOffer = lazy(() => import('../survey/survey-offer').then((module) => ({ default: module.SurveyOffer })));

type Status = 'waiting' | 'called' | 'serving' | 'held' | 'done' | 'no_show' | 'cancelled';

/** `/warga/32.71/tiket/{id}`: the citizen's ticket, live: position, wait, the counter when called. */
export function TicketPage({ region, ticketId }: { region: string; ticketId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const queryKey = ticketQueryKey(region, ticketId);
  const ticket = useQuery({
    queryKey,
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/tickets/{ticketId}', { params: { path: { code: region, ticketId } } })),
  });
  const { reconnecting } = useTicketStream(region, ticketId);
  const [confirming, setConfirming] = useState(false);
  const [soundOn, setSoundOn] = useState(soundUnlocked());
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/regions/{code}/tickets/{ticketId}/cancel', { params: { path: { code: region, ticketId } } })),
    onSuccess: (data) => {
      client.setQueryData(queryKey, data);
      setConfirming(false);
    },
  });
  useCallAlert(ticket.data?.status, (ticket.data?.calledAt as string | null | undefined) ?? null);

  const data = ticket.data;
  const status = data?.status as Status | undefined;
  return (
    <Page
      title={data ? t('ticket.title', { number: data.number }) : t('common.loading')}
      back={`/warga/${region}`}
      reconnecting={reconnecting}
    >
      {ticket.isPending && <Loading />}
      <ErrorSummary error={ticket.error ?? cancel.error} />
      {data && status && (
        <>
          <div className={`ticket ticket--${status}`} aria-live="polite" aria-atomic="true">
            <p className="ticket__label">{t('ticket.yourNumber')}</p>
            <p className="ticket__number">{data.number}</p>
            <p className="ticket__status">{t(`ticket.status.${status}`)}</p>
            {data.counter && (status === 'called' || status === 'serving') && (
              <p className="ticket__counter">{t('ticket.calledTo', { counter: data.counter.name })}</p>
            )}
          </div>
          {status === 'waiting' && (
            <dl className="facts">
              {data.position !== null && (
                <div>
                  <dt>{t('ticket.position')}</dt>
                  <dd>{t('ticket.positionValue', { count: data.position })}</dd>
                </div>
              )}
              {data.estimatedWaitMinutes !== null && (
                <div>
                  <dt>{t('ticket.wait')}</dt>
                  <dd>{t('ticket.waitValue', { count: data.estimatedWaitMinutes })}</dd>
                </div>
              )}
            </dl>
          )}
          <p className="muted">
            {t('ticket.live')}. {t('ticket.keepLink')}
          </p>
          {status === 'waiting' && !soundOn && (
            <button type="button" className="button--secondary" onClick={() => setSoundOn(unlockSound())}>
              {t('ticket.soundOn')}
            </button>
          )}
          {status === 'waiting' && soundOn && <p role="status">{t('ticket.soundReady')}</p>}
          {status === 'cancelled' && <p role="status">{t('ticket.cancelled')}</p>}
          {status === 'done' && (
            <Suspense fallback={null}>
              <SurveyOffer path={surveyPath(region, { ticketId })} />
            </Suspense>
          )}
          {status === 'waiting' &&
            (confirming ? (
              <div className="confirm" role="group" aria-labelledby="cancel-question">
                <p id="cancel-question">{t('ticket.cancelConfirm')}</p>
                <button type="button" className="button--warning" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
                  {t('ticket.cancelYes')}
                </button>
                <button type="button" className="button--secondary" onClick={() => setConfirming(false)}>
                  {t('ticket.cancelNo')}
                </button>
              </div>
            ) : (
              <button type="button" className="button--secondary" onClick={() => setConfirming(true)}>
                {t('ticket.cancel')}
              </button>
            ))}
        </>
      )}
    </Page>
  );
}

/** A chime and a vibration once per call (a recall changes calledAt and alerts again). */
function useCallAlert(status: string | undefined, calledAt: string | null) {
  const alerted = useRef<string | null>(null);
  useEffect(() => {
    if (status !== 'called' || !calledAt || alerted.current === calledAt) return;
    alerted.current = calledAt;
    void playChime();
    navigator.vibrate?.([400, 150, 400]);
  }, [status, calledAt]);
}
