import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** The translation resources; English must carry every key Dutch has. */
export const resources = {
  nl: { translation: nl },
  en: { translation: en satisfies typeof nl },
} as const;

const storageKey = 'leercyclus.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch first; English when chosen in the header (remembered in this browser). */
export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// The resources are bundled, so initialising synchronously leaves no moment without texts.
void i18n.use(initReactI18next).init({
  initAsync: false,
  showSupportNotice: false,
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
