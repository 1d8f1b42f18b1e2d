import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { unwrap } from '../../shared/api';
import { ConnectionBanner } from '../../shared/ui/connection-banner';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { deviceApi, deviceStore, type PairedDevice } from '../device/device-session';
import { PairingPage } from '../device/pairing.page';
import { AgencyStep, BackButton, ServiceStep } from './kiosk-catalogue-steps';
import { KioskSurveyStep, KioskSurveyThanks } from './kiosk-survey';
import { TicketSlip } from './ticket-slip';
import { idleMsFrom, useIdleReset } from './use-idle-reset';

const PRIORITIES = ['elderly', 'disabled', 'pregnant', 'child'] as const;
type Priority = (typeof PRIORITIES)[number];
type Step =
  | { name: 'start' }
  | { name: 'agency' }
  | { name: 'service'; agency: ApiSchema<'AgencyDto'> }
  | { name: 'priority'; service: ApiSchema<'ServiceSummaryDto'> }
  | { name: 'check-in' }
  | { name: 'slip'; ticket: ApiSchema<'TicketDto'>; serviceName?: string }
  | { name: 'survey-agency' }
  | { name: 'survey-service'; agency: ApiSchema<'AgencyDto'> }
  | { name: 'survey'; service: ApiSchema<'ServiceSummaryDto'> }
  | { name: 'survey-thanks'; message: string };

/**
 * `/kiosk`: the touch screen at the entrance (portrait 1080×1920 or landscape 1920×1080).
 * `/kiosk?mode=survei`: a kiosk or board-side tablet kept for the satisfaction survey only.
 */
export function KioskPage() {
  const [device, setDevice] = useState(() => deviceStore.read('kiosk'));
  if (!device) return <PairingPage kind="kiosk" onPaired={setDevice} />;
  return <KioskScreen device={device} />;
}

function KioskScreen({ device }: { device: PairedDevice }) {
  const { t, i18n } = useTranslation();
  const client = useMemo(() => deviceApi(device), [device]);
  const [step, setStep] = useState<Step>({ name: 'start' });
  const paper = new URLSearchParams(location.search).get('kertas') === '58' ? '58' : '80';
  const surveyOnly = useMemo(() => new URLSearchParams(location.search).get('mode') === 'survei', []);
  const idleMs = useMemo(() => idleMsFrom(location.search), []);
  const restart = useCallback(() => {
    setStep({ name: 'start' });
    void i18n.changeLanguage('id');
  }, [i18n]);
  useIdleReset(idleMs, restart, step.name !== 'start');
  const startSurvey = () => setStep({ name: 'survey-agency' });
  const region = device.regionCode;

  return (
    <div className="kiosk">
      <header className="kiosk__header">
        <span>{device.name}</span>
        <LanguageSwitch />
      </header>
      <ConnectionBanner />
      <main className="kiosk__main">
        {step.name === 'start' && surveyOnly && (
          <>
            <h1>{t('survey.kioskWelcome')}</h1>
            <p className="kiosk__sub">{t('survey.kioskIntro')}</p>
            <div className="kiosk__choices">
              <button type="button" onClick={startSurvey}>
                {t('survey.kioskStart')}
              </button>
            </div>
          </>
        )}
        {step.name === 'start' && !surveyOnly && (
          <>
            <h1>{t('kiosk.welcome')}</h1>
            <div className="kiosk__choices">
              <button type="button" onClick={() => setStep({ name: 'agency' })}>
                {t('kiosk.takeTicket')}
              </button>
              <button type="button" className="button--secondary" onClick={() => setStep({ name: 'check-in' })}>
                {t('kiosk.checkIn')}
              </button>
              <button type="button" className="button--secondary" onClick={startSurvey}>
                {t('survey.kioskStart')}
              </button>
            </div>
          </>
        )}
        {step.name === 'agency' && (
          <AgencyStep
            region={region}
            siteCode={device.siteCode}
            onChoose={(agency) => setStep({ name: 'service', agency })}
            onBack={restart}
          />
        )}
        {step.name === 'service' && (
          <ServiceStep
            region={region}
            agency={step.agency}
            onChoose={(service) => setStep({ name: 'priority', service })}
            onBack={() => setStep({ name: 'agency' })}
          />
        )}
        {step.name === 'priority' && (
          <PriorityStep
            device={device}
            client={client}
            service={step.service}
            onTicket={(ticket) => setStep({ name: 'slip', ticket, serviceName: step.service.name })}
            onBack={() => setStep({ name: 'agency' })}
          />
        )}
        {step.name === 'check-in' && (
          <CheckInStep device={device} client={client} onTicket={(ticket) => setStep({ name: 'slip', ticket })} onBack={restart} />
        )}
        {step.name === 'survey-agency' && (
          <AgencyStep
            region={region}
            siteCode={device.siteCode}
            title={t('survey.kioskChooseAgency')}
            onChoose={(agency) => setStep({ name: 'survey-service', agency })}
            onBack={restart}
          />
        )}
        {step.name === 'survey-service' && (
          <ServiceStep
            region={region}
            agency={step.agency}
            title={t('survey.kioskChooseService')}
            withBookingOnly
            onChoose={(service) => setStep({ name: 'survey', service })}
            onBack={startSurvey}
          />
        )}
        {step.name === 'survey' && (
          <KioskSurveyStep
            device={device}
            client={client}
            service={step.service}
            onDone={(message) => setStep({ name: 'survey-thanks', message })}
            onBack={startSurvey}
          />
        )}
        {step.name === 'survey-thanks' && <KioskSurveyThanks message={step.message} onDone={restart} />}
        {step.name === 'slip' && (
          <>
            <h1>{t('kiosk.slipTitle')}</h1>
            <TicketSlip ticket={step.ticket} serviceName={step.serviceName} paper={paper} />
            <button type="button" onClick={restart}>
              {t('kiosk.done')}
            </button>
          </>
        )}
      </main>
    </div>
  );
}

function PriorityStep({
  device,
  client,
  service,
  onTicket,
  onBack,
}: {
  device: PairedDevice;
  client: ReturnType<typeof deviceApi>;
  service: ApiSchema<'ServiceSummaryDto'>;
  onTicket: (ticket: ApiSchema<'TicketDto'>) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const intention = useRef(crypto.randomUUID());
  const take = useMutation({
    mutationFn: (priority: Priority | undefined) =>
      unwrap(
        client.POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
          params: { path: { code: device.regionCode, siteCode: device.siteCode }, header: { 'Idempotency-Key': intention.current } },
          body: { agencyCode: service.agencyCode, serviceCode: service.code, priority },
        }),
      ),
    onSuccess: onTicket,
    onError: () => {
      intention.current = crypto.randomUUID();
    },
  });
  return (
    <>
      <h1>{t('kiosk.priorityQuestion')}</h1>
      <p className="kiosk__sub">{service.name}</p>
      <ErrorSummary error={take.error} />
      <div className="kiosk__grid">
        <button type="button" className="kiosk__tile" disabled={take.isPending} onClick={() => take.mutate(undefined)}>
          {t('kiosk.noPriority')}
        </button>
        {PRIORITIES.map((priority) => (
          <button
            key={priority}
            type="button"
            className="kiosk__tile button--secondary"
            disabled={take.isPending}
            onClick={() => take.mutate(priority)}
          >
            {t(`kiosk.priority.${priority}`)}
          </button>
        ))}
      </div>
      <BackButton onBack={onBack} />
    </>
  );
}

function CheckInStep({
  device,
  client,
  onTicket,
  onBack,
}: {
  device: PairedDevice;
  client: ReturnType<typeof deviceApi>;
  onTicket: (ticket: ApiSchema<'TicketDto'>) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const checkIn = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/v1/regions/{code}/sites/{siteCode}/check-ins', {
          params: { path: { code: device.regionCode, siteCode: device.siteCode } },
          body: { bookingCode: code.replace(/[\s-]/g, '').toUpperCase() },
        }),
      ),
    onSuccess: onTicket,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    checkIn.mutate();
  };
  return (
    <>
      <h1>{t('kiosk.checkIn')}</h1>
      <form onSubmit={submit} noValidate className="kiosk__form">
        <ErrorSummary error={checkIn.error} />
        <label htmlFor="kiosk-booking">{t('kiosk.bookingCode')}</label>
        <input
          id="kiosk-booking"
          autoComplete="off"
          autoCapitalize="characters"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" disabled={checkIn.isPending}>
          {t('kiosk.checkInButton')}
        </button>
      </form>
      <BackButton onBack={onBack} />
    </>
  );
}
