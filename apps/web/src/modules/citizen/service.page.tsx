import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { ApiSchema } from '@mpp/api-client';

import { ianaZone } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Loading, Page } from '../../shared/ui/page';
import { useMall, useService } from './citizen-queries';
import { OpeningStatus } from './opening-status';
import { ServiceFacts } from './service-facts';
import { TakeTicketForm } from './take-ticket.form';

interface Standard {
  requirements?: { name: string; mandatory?: boolean; note?: string }[];
  procedure?: string[];
  product?: string;
  complaintChannel?: string;
  legalBasis?: string[];
}

/** `/warga/32.71/layanan/disdukcapil/ktp-el`: the full service standard, and a ticket. */
export function ServicePage({ region, agency, service }: { region: string; agency: string; service: string }) {
  const { t } = useTranslation();
  const detail = useService(region, agency, service);
  const mall = useMall(region);
  const zone = ianaZone(mall.data?.timeZone);
  return (
    <Page title={detail.data?.name ?? t('common.loading')} back={`/warga/${region}/layanan`}>
      {detail.isPending && <Loading />}
      <ErrorSummary error={detail.error} />
      {detail.data && (
        <>
          <p className="muted">{detail.data.agencyName}</p>
          {detail.data.description && <p>{detail.data.description}</p>}
          <ServiceFacts service={detail.data} />
          {detail.data.sites.map((site) => (
            <OpeningStatus key={site.code} site={site} timeZone={zone} />
          ))}
          <TakeTicketSection region={region} service={detail.data} timeZone={zone} />
          {detail.data.queueMode !== 'walk_in' && (
            <p>
              <Link href={`/warga/${region}/layanan/${agency}/${service}/pesan`} className="button button--secondary">
                {t('citizen.bookSlot')}
              </Link>
            </p>
          )}
          <StandardSection standard={detail.data.standard as Standard} />
        </>
      )}
    </Page>
  );
}

function TakeTicketSection({ region, service, timeZone }: { region: string; service: ApiSchema<'ServiceDetailDto'>; timeZone?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="take-ticket" className="card">
      <h2 id="take-ticket">{t('citizen.takeTicket')}</h2>
      {service.queueMode === 'booking' ? (
        <p>{t('citizen.walkInNotOffered')}</p>
      ) : (
        <>
          <p>{t('citizen.takeTicketIntro')}</p>
          <TakeTicketForm region={region} service={service} timeZone={timeZone} />
        </>
      )}
    </section>
  );
}

function StandardSection({ standard }: { standard: Standard }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="standard">
      <h2 id="standard">{t('citizen.standard')}</h2>
      {standard.requirements && (
        <>
          <h3>{t('citizen.requirements')}</h3>
          <ul>
            {standard.requirements.map((item) => (
              <li key={item.name}>
                {item.name}
                {item.mandatory === false && ` (${t('citizen.optional')})`}
                {item.note && ` — ${item.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {standard.procedure && (
        <>
          <h3>{t('citizen.procedure')}</h3>
          <ol>
            {standard.procedure.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {standard.product && (
        <>
          <h3>{t('citizen.product')}</h3>
          <p>{standard.product}</p>
        </>
      )}
      {standard.complaintChannel && (
        <>
          <h3>{t('citizen.complaintChannel')}</h3>
          <p>{standard.complaintChannel}</p>
        </>
      )}
      {standard.legalBasis && (
        <>
          <h3>{t('citizen.legalBasis')}</h3>
          <ul>
            {standard.legalBasis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
