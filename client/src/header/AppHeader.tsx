// The bar above the map: title, the view switch, the notice about the data, the language switch,
// and the account corner (sign in, who is signed in, sign out).
import { useTranslation } from 'react-i18next';
import type { Language } from '../api.ts';
import { AccountControls } from '../editing/AccountControls.tsx';
import { useAccount } from '../editing/account-store.ts';
import { mayImport } from '../import/may-import.ts';
import type { Screen } from '../url-state.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SampleDataNotice, type SampleDataNoticeProps } from './SampleDataNotice.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';

export interface AppHeaderProps {
  notice: SampleDataNoticeProps;
  screen: Screen;
  onScreenChange: (screen: Screen) => void;
  onLanguageChange: (language: Language) => void;
}

export function AppHeader({ notice, screen, onScreenChange, onLanguageChange }: AppHeaderProps) {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <header className="app-header">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <ViewSwitch
        current={screen}
        signedIn={account !== null}
        canImport={mayImport(account)}
        onChange={onScreenChange}
      />
      <SampleDataNotice {...notice} />
      <LanguageSwitch onChange={onLanguageChange} />
      <AccountControls />
    </header>
  );
}
