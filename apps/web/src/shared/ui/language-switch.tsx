import { useTranslation } from 'react-i18next';

/** Switches between Indonesian and English; labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'id' : 'en';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {t('app.language')}
    </button>
  );
}
