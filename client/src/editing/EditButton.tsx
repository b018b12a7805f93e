// "Modifier" under a Wi-Fi terminal's details in its popup, for a planner.
import { useTranslation } from 'react-i18next';

export function EditButton({ onEdit }: { onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="edit-feature-button" onClick={onEdit}>
      {t('editing.edit')}
    </button>
  );
}
