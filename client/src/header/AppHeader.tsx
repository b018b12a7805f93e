// The bar above the map: title, the notice about the data, the language switch.
import { useTranslation } from 'react-i18next';
import type { Language } from '../api.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SampleDataNotice, type SampleDataNoticeProps } from './SampleDataNotice.tsx';

export function AppHeader({
  notice,
  onLanguageChange,
}: {
  notice: SampleDataNoticeProps;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <SampleDataNotice {...notice} />
      <LanguageSwitch onChange={onLanguageChange} />
    </header>
  );
}
