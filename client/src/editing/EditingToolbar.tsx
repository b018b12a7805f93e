// Over the map, for a planner: "Nouvelle borne Wi-Fi", then, while placing, what to do and a way out.
import { useTranslation } from 'react-i18next';

export interface EditingToolbarProps {
  placing: boolean;
  onStart: () => void;
  onCancel: () => void;
}

export function EditingToolbar({ placing, onStart, onCancel }: EditingToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="edit-toolbar">
      {placing ? (
        <>
          <p className="edit-toolbar__hint" role="status">
            {t('editing.placeHint')}
          </p>
          <button type="button" className="edit-toolbar__cancel" onClick={onCancel}>
            {t('editing.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="new-wifi-button" onClick={onStart}>
          {t('editing.newWifi')}
        </button>
      )}
    </div>
  );
}
