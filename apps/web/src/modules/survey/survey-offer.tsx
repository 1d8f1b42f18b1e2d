import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { QrCode } from '../../shared/ui/qr-code';

/** Once the visit is finished: the survey's link, and its QR code for answering on another phone (a companion's, the family's). */
export function SurveyOffer({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <section className="survey-offer" aria-labelledby="survey-offer-title">
      <h2 id="survey-offer-title">{t('survey.offerTitle')}</h2>
      <p>{t('survey.offerBody')}</p>
      <Link href={path} className="button">
        {t('survey.offerLink')}
      </Link>
      <QrCode className="survey-offer__qr" url={`${location.origin}${path}`} label={t('survey.qrAlt')} />
      <p className="hint">{t('survey.qrHint')}</p>
    </section>
  );
}
