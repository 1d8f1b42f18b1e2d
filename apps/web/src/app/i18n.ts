import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { id } from './locales/id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'mpp.language';

/** Indonesian unless the visitor chose English on this device before. */
function savedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: savedLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts this visit only
  }
});
document.documentElement.lang = i18n.language;

/** BCP 47 tag for dates and numbers in the chosen language. */
export function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'id-ID';
}
