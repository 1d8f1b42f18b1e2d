import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import type { ApiSchema } from '@mpp/api-client';

import { unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading } from '../../shared/ui/page';
import { COUNTER_ACTIONS, type CounterAction, FIELD_SHORTCUTS, isShortcut } from './counter-actions';
import { DeskFrame } from './desk-frame';
import { deskApi, signOut } from './desk-session';
import { LineAndFigures } from './line-and-figures';

type CounterState = ApiSchema<'CounterStateDto'>;
type Move = { action: CounterAction | 'transfer' | 'call' | 'close'; body?: object; label: string };
const COUNTER_PATH = '/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}' as const;

/** `/loket/32.71/disdukcapil/loket-3`: the counter at work; each move a button and a key. */
export function DeskPage({ region, agency, counter }: { region: string; agency: string; counter: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const path = { code: region, agencyCode: agency, counterCode: counter };
  const stateKey = [COUNTER_PATH, region, agency, counter];
  const state = useQuery({
    queryKey: stateKey,
    queryFn: () => unwrap(deskApi.GET(COUNTER_PATH, { params: { path } })),
    refetchInterval: 5_000,
  });
  const desk = useQuery({
    queryKey: ['/v1/regions/{code}/agencies/{agencyCode}/desk', region, agency],
    queryFn: () =>
      unwrap(deskApi.GET('/v1/regions/{code}/agencies/{agencyCode}/desk', { params: { path: { code: region, agencyCode: agency } } })),
  });
  const [done, setDone] = useState('');
  const move = useMutation({
    mutationFn: ({ action, body }: Move) =>
      unwrap(deskApi.POST(`${COUNTER_PATH}/${action}` as `${typeof COUNTER_PATH}/recall`, { params: { path }, body: body as never })),
    onSuccess: (data: CounterState, { label }) => {
      client.setQueryData(stateKey, data);
      void client.invalidateQueries({ queryKey: ['/v1/regions/{code}/agencies/{agencyCode}/desk/today'] });
      setDone(t('desk.done', { action: label }));
    },
    onError: () => setDone(''),
  });
  const run = (next: Move) => {
    if (!move.isPending) move.mutate(next);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const key = event.key.toLowerCase();
      const action = COUNTER_ACTIONS.find((item) => item.key === key);
      if (action) {
        event.preventDefault();
        run({ action: action.action, label: t(action.label) });
      } else if (key in FIELD_SHORTCUTS) {
        event.preventDefault();
        document.getElementById(FIELD_SHORTCUTS[key as keyof typeof FIELD_SHORTCUTS])?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const data = state.data;
  const title = data ? data.counterName : counter;
  return (
    <DeskFrame
      title={title}
      actions={
        <button type="button" className="link-button" onClick={() => void signOut().then(() => navigate('/loket'))}>
          {t('desk.signOut')}
        </button>
      }
    >
      {state.isPending && <Loading />}
      <ErrorSummary error={move.error ?? state.error} />
      <p role="status" className="desk__done">
        {done}
      </p>
      {data && (
        <div className="desk__grid">
          <section aria-labelledby="desk-current" className="card">
            <p className={data.status === 'open' ? 'status status--open' : 'status status--closed'}>
              {data.status === 'open' ? t('desk.statusOpen') : t('desk.statusClosed')}
            </p>
            <h2 id="desk-current">{t('desk.current')}</h2>
            {data.ticket ? (
              <>
                <p className="desk__number">{data.ticket.number}</p>
                <p>{t('desk.ticketStatus', { status: t(`ticket.status.${data.ticket.status as 'waiting'}`) })}</p>
              </>
            ) : (
              <p>{t('desk.none')}</p>
            )}
          </section>
          <section aria-labelledby="desk-actions" className="card">
            <h2 id="desk-actions">{t('desk.actions')}</h2>
            <p className="muted">{t('desk.shortcutsHint')}</p>
            <div className="desk__buttons">
              {COUNTER_ACTIONS.map((item) => (
                <button
                  key={item.action}
                  type="button"
                  aria-keyshortcuts={item.key.toUpperCase()}
                  onClick={() => run({ action: item.action, label: t(item.label) })}
                >
                  {t(item.label)} <kbd>{item.key.toUpperCase()}</kbd>
                </button>
              ))}
            </div>
            <TransferForm
              targets={(desk.data?.transferTargets ?? []).filter((target) => target.siteCode === data.siteCode)}
              current={data.ticket}
              onTransfer={(target, label) => run({ action: 'transfer', body: target, label })}
            />
            <CallNumberForm onCall={(ticketNumber, label) => run({ action: 'call', body: { ticketNumber }, label })} />
            {data.status === 'open' ? (
              <button type="button" className="button--secondary" onClick={() => run({ action: 'close', label: t('desk.close') })}>
                {t('desk.close')}
              </button>
            ) : (
              <button type="button" className="button--secondary" onClick={() => navigate(`/loket/${region}/${agency}`)}>
                {t('desk.open')}
              </button>
            )}
          </section>
          {data.siteCode && <LineAndFigures region={region} agency={agency} siteCode={data.siteCode} counter={counter} />}
        </div>
      )}
    </DeskFrame>
  );
}

/**
 * Send the ticket on to another line at this site: any agency serving here (a visitor at the
 * wrong desk), the desk's own first; the ticket's own service is left out, since the API
 * refuses a transfer into the line it is already in.
 */
function TransferForm({
  targets,
  current,
  onTransfer,
}: {
  targets: ApiSchema<'DeskTransferTargetDto'>[];
  current?: ApiSchema<'TicketDto'> | null;
  onTransfer: (target: { agencyCode: string; serviceCode: string }, label: string) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [agencyCode, serviceCode] = choice.split('/');
    if (agencyCode && serviceCode) onTransfer({ agencyCode, serviceCode }, t('desk.transfer'));
  };
  const isCurrent = (agencyCode: string, serviceCode: string) => current?.agencyCode === agencyCode && current.serviceCode === serviceCode;
  return (
    <form onSubmit={submit} className="desk__inline">
      <label htmlFor="desk-transfer">
        {t('desk.transferTo')} <kbd>T</kbd>
      </label>
      <select id="desk-transfer" aria-keyshortcuts="T" value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="" />
        {targets.map((target) => (
          <optgroup key={target.agencyCode} label={target.agencyName}>
            {target.services
              .filter((service) => !isCurrent(target.agencyCode, service.code))
              .map((service) => (
                <option key={service.code} value={`${target.agencyCode}/${service.code}`}>
                  {service.prefix} · {service.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button type="submit">{t('desk.transfer')}</button>
    </form>
  );
}

function CallNumberForm({ onCall }: { onCall: (ticketNumber: string, label: string) => void }) {
  const { t } = useTranslation();
  const [ticketNumber, setTicketNumber] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ticketNumber.trim()) onCall(ticketNumber.trim().toUpperCase(), t('desk.callNumber'));
  };
  return (
    <form onSubmit={submit} className="desk__inline">
      <label htmlFor="desk-call-number">
        {t('desk.ticketNumber')} <kbd>P</kbd>
      </label>
      <input
        id="desk-call-number"
        ref={input}
        aria-keyshortcuts="P"
        autoComplete="off"
        value={ticketNumber}
        onChange={(event) => setTicketNumber(event.target.value)}
      />
      <button type="submit">{t('desk.callNumber')}</button>
    </form>
  );
}
