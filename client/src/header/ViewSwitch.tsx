// Carte / Planification / Communes / Près de moi / Demandes / Données ouvertes / Importer: the views,
// as buttons with the current one pressed. The queue of requests is for signed-in accounts only
// (issue 10); the open data page is for everyone (issue 11), its words under its own `openData` key;
// the import wizard for planners and admins (issue 11), its words under `import`.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { screens, type Screen } from '../url-state.ts';

export interface ViewSwitchProps {
  current: Screen;
  /** Shows "Demandes": someone is signed in. */
  signedIn: boolean;
  /** Shows "Importer": a planner or an admin is signed in. */
  canImport: boolean;
  onChange: (screen: Screen) => void;
}

export function ViewSwitch({ current, signedIn, canImport, onChange }: ViewSwitchProps) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  // On a phone the switch scrolls sideways: the current view is kept in sight.
  useEffect(() => {
    const pressed = group.current?.querySelector<HTMLElement>('[aria-pressed="true"]');
    const box = group.current;
    if (!pressed || !box || box.scrollWidth <= box.clientWidth) return;
    box.scrollLeft = pressed.offsetLeft - (box.clientWidth - pressed.offsetWidth) / 2;
  }, [current]);
  const shown = screens.filter(
    (screen) => (signedIn || screen !== 'requests') && (canImport || screen !== 'import'),
  );
  return (
    <div className="view-switch" role="group" aria-label={t('views.label')} ref={group}>
      {shown.map((screen) => (
        <button key={screen} type="button" aria-pressed={screen === current} onClick={() => onChange(screen)}>
          {screen === 'openData'
            ? t('openData.view')
            : screen === 'import'
              ? t('import.view')
              : t(`views.${screen}`)}
        </button>
      ))}
    </div>
  );
}
