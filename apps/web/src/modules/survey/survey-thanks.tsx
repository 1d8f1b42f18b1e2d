import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The thank-you, in the API's words; it takes the focus so a screen reader hears it. */
export function SurveyThanks({ message }: { message: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section className="survey__thanks" role="status" tabIndex={-1} ref={box} aria-labelledby="survey-thanks-title">
      <h2 id="survey-thanks-title">{t('survey.thanksTitle')}</h2>
      <p>{message}</p>
      <p>{t('survey.thanksBody')}</p>
    </section>
  );
}
