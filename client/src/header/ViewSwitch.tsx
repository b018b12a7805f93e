// Carte / Planification: the two views, as a pair of buttons with the current one pressed.
import { useTranslation } from 'react-i18next';
import { screens, type Screen } from '../url-state.ts';

export function ViewSwitch({ current, onChange }: { current: Screen; onChange: (screen: Screen) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('views.label')}>
      {screens.map((screen) => (
        <button key={screen} type="button" aria-pressed={screen === current} onClick={() => onChange(screen)}>
          {t(`views.${screen}`)}
        </button>
      ))}
    </div>
  );
}
