import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';

import type { ApiSchema } from '@mpp/api-client';

import { api, unwrap } from '../../shared/api';
import { formatDateTime, formatDay, ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Page } from '../../shared/ui/page';
import { useMall } from '../citizen/citizen-queries';
import { Field, fieldProblem } from './complaint-fields';

type View = ApiSchema<'ComplaintReporterViewDto'>;
type Status = View['status'];

/**
 * `/warga/32.71/pengaduan/lacak?kode=7KQ2M-9XW4T`: the reporter follows their complaint with its
 * tracking code and their phone number (the code alone proves nothing): status, deadlines and
 * the exchange with the agency; once answered they reply or close it. Nothing is kept in the
 * address but the code: the phone number stays in the page.
 */
export function ComplaintTrackingPage({ region }: { region: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('kode') ?? '');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const zone = ianaZone(useMall(region).data?.timeZone);
  const path = { code: region, trackingCode: code.trim().toUpperCase() };
  // What the shown complaint was opened with: a reply or close goes to it, whatever the fields hold since.
  const [shown, setShown] = useState({ trackingCode: '', phone: '' });
  const track = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/v1/regions/{code}/complaint-tracking/{trackingCode}', { params: { path }, body: { phone: phone.trim() } })),
    onSuccess: (view) => setShown({ trackingCode: view.trackingCode, phone: phone.trim() }),
  });
  const move = useMutation({
    mutationFn: (action: 'reply' | 'close') =>
      unwrap(
        api.POST(
          `/v1/regions/{code}/complaint-tracking/{trackingCode}/${action}` as '/v1/regions/{code}/complaint-tracking/{trackingCode}/reply',
          {
            params: { path: { code: region, trackingCode: shown.trackingCode } },
            body: { phone: shown.phone, note: note.trim() || undefined },
          },
        ),
      ),
    onSuccess: () => setNote(''),
  });
  const view: View | undefined = move.data ?? track.data;
  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    move.reset();
    track.mutate();
  };
  const reply = (event: FormEvent) => {
    event.preventDefault();
    move.mutate('reply');
  };
  return (
    <Page title={t('complaint.trackTitle')} back={`/warga/${region}/pengaduan`}>
      <form onSubmit={lookUp} noValidate>
        <ErrorSummary error={track.error} />
        <Field id="complaint-code" label={t('complaint.trackingCode')} problem={fieldProblem(track.error, 'trackingCode')}>
          {(aria) => (
            <input id="complaint-code" autoCapitalize="characters" value={code} onChange={(e) => setCode(e.target.value)} {...aria} />
          )}
        </Field>
        <Field
          id="complaint-track-phone"
          label={t('complaint.phone')}
          hint={t('complaint.trackPhoneHint')}
          problem={fieldProblem(track.error, 'phone')}
        >
          {(aria) => (
            <input
              id="complaint-track-phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" disabled={track.isPending}>
          {t('complaint.look')}
        </button>
      </form>
      {view && (
        <section className="card" aria-labelledby="complaint-status" aria-live="polite">
          <h2 id="complaint-status">{t(`complaint.statuses.${view.status as Status}`)}</h2>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('complaint.trackingCode')}</dt>
              <dd>{view.trackingCode}</dd>
            </div>
            {view.status !== 'closed' && view.status !== 'archived' && (
              <>
                <div>
                  <dt>{t('complaint.firstResponseDue')}</dt>
                  <dd>{formatDay(view.deadlines.firstResponseDue)}</dd>
                </div>
                <div>
                  <dt>{t('complaint.resolutionDue')}</dt>
                  <dd>
                    {formatDay(view.deadlines.resolutionDue)}
                    {view.deadlines.overdue && ` · ${t('complaint.overdue')}`}
                  </dd>
                </div>
              </>
            )}
            <div>
              <dt>{t('complaint.updated')}</dt>
              <dd>{formatDateTime(view.updatedAt, zone)}</dd>
            </div>
          </dl>
          {view.messages.length > 0 && (
            <>
              <h3>{t('complaint.messages')}</h3>
              <ol className="complaint__messages">
                {view.messages.map((message, index) => (
                  <li key={index} className={`complaint__message complaint__message--${message.from}`}>
                    <p className="muted">
                      {t(`complaint.from.${message.from}`)} · {formatDateTime(message.at, zone)}
                    </p>
                    <p>{message.note}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
          {view.status === 'answered' && (
            <form onSubmit={reply} noValidate>
              <ErrorSummary error={move.error} />
              <Field
                id="complaint-reply"
                label={t('complaint.reply')}
                hint={t('complaint.replyHint')}
                problem={fieldProblem(move.error, 'note')}
              >
                {(aria) => (
                  <textarea
                    id="complaint-reply"
                    rows={4}
                    maxLength={2000}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    {...aria}
                  />
                )}
              </Field>
              <button type="submit" disabled={move.isPending}>
                {t('complaint.sendReply')}
              </button>{' '}
              <button type="button" className="button--secondary" disabled={move.isPending} onClick={() => move.mutate('close')}>
                {t('complaint.close')}
              </button>
            </form>
          )}
        </section>
      )}
    </Page>
  );
}
