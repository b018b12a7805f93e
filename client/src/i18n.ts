// Interface text in French (the default) and English, through i18next. Text that comes with the
// data (layer titles, attribute labels, legend labels) is localised by the catalogue instead.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from './api.ts';
import communeEn from './locales/commune.en.json' with { type: 'json' };
import communeFr from './locales/commune.fr.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import publicEn from './locales/public.en.json' with { type: 'json' };
import publicFr from './locales/public.fr.json' with { type: 'json' };
import requestsEn from './locales/requests.en.json' with { type: 'json' };
import requestsFr from './locales/requests.fr.json' with { type: 'json' };

export const languages: readonly Language[] = ['fr', 'en'];
export const defaultLanguage: Language = 'fr';

/** BCP 47 tags for Intl number and date formatting. */
export const intlLocale: Record<Language, string> = { fr: 'fr-NC', en: 'en-GB' };

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    // Each screen keeps its texts in a file of its own, under its own key: t('commune.…').
    resources: {
      fr: { translation: { ...fr, commune: communeFr, public: publicFr, requests: requestsFr } },
      en: { translation: { ...en, commune: communeEn, public: publicEn, requests: requestsEn } },
    },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    // React escapes what it renders; escaping here too would double-escape apostrophes.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
}

/** The interface language, narrowed to the ones the app speaks. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}
