import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { api, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading } from '../../shared/ui/page';

// The kiosk's choices from the catalogue, shared by taking a ticket and answering the survey.

/** The agencies serving at this kiosk's site (a region may have several malls). */
export function AgencyStep({
  region,
  siteCode,
  title,
  onChoose,
  onBack,
}: {
  region: string;
  siteCode: string;
  title?: string;
  onChoose: (agency: ApiSchema<'AgencyDto'>) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useQuery({
    queryKey: ['/v1/regions/{code}/agencies', region],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/agencies', { params: { path: { code: region } } })),
  });
  return (
    <>
      <h1>{title ?? t('kiosk.chooseAgency')}</h1>
      {agencies.isPending && <Loading />}
      <ErrorSummary error={agencies.error} />
      <div className="kiosk__grid">
        {agencies.data?.items
          .filter((agency) => agency.sites.includes(siteCode))
          .map((agency) => (
            <button key={agency.code} type="button" className="kiosk__tile" onClick={() => onChoose(agency)}>
              {agency.name}
            </button>
          ))}
      </div>
      <BackButton onBack={onBack} />
    </>
  );
}

export function ServiceStep({
  region,
  agency,
  title,
  withBookingOnly = false,
  onChoose,
  onBack,
}: {
  region: string;
  agency: ApiSchema<'AgencyDto'>;
  title?: string;
  /** The survey rates every service used, booked ones too; a ticket is taken only for a walk-in one. */
  withBookingOnly?: boolean;
  onChoose: (service: ApiSchema<'ServiceSummaryDto'>) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const services = useQuery({
    queryKey: ['/v1/regions/{code}/services', region, { agency: agency.code }],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/services', { params: { path: { code: region }, query: { agency: agency.code } } })),
  });
  return (
    <>
      <h1>{title ?? t('kiosk.chooseService')}</h1>
      <p className="kiosk__sub">{agency.name}</p>
      {services.isPending && <Loading />}
      <ErrorSummary error={services.error} />
      <div className="kiosk__grid">
        {services.data?.items
          .filter((service) => withBookingOnly || service.queueMode !== 'booking')
          .map((service) => (
            <button key={service.code} type="button" className="kiosk__tile" onClick={() => onChoose(service)}>
              {service.name}
            </button>
          ))}
      </div>
      <BackButton onBack={onBack} />
    </>
  );
}

export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button--secondary kiosk__back" onClick={onBack}>
      {t('common.back')}
    </button>
  );
}
