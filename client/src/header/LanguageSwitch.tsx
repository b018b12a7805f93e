// FR / EN: two buttons, the current language pressed. Each is named by what it shows ("FR"), then
// the language in full for screen readers ("FR Français"), so a voice user saying "FR" reaches it
// (WCAG 2.5.3 Label in Name).
import { useTranslation } from 'react-i18next';
import type { Language } from '../api.ts';
import { languages, useLanguage } from '../i18n.ts';

export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => onChange(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden"> {t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
