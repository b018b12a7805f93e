// Over a commune's map, for an account that may edit its projects: "Nouveau projet", then the hint
// to click where it is (and a way out); the last thing an edit said. A commune account on another
// commune's page is told it reads only, instead of buttons that the server would refuse.
import { useTranslation } from 'react-i18next';
import type { Account } from '../editing/edit-api.ts';
import '../editing/editing.css';
import './project-editing.css';

export interface CommuneEditBarProps {
  account: Account | null;
  /** The name of the account's own commune, for a commune account. */
  ownCommune: string | null;
  canEdit: boolean;
  placing: boolean;
  note: string | null;
  onStartPlacing: () => void;
  onStopPlacing: () => void;
}

export function CommuneEditBar(props: CommuneEditBarProps) {
  const { account, ownCommune, canEdit, placing, note, onStartPlacing, onStopPlacing } = props;
  const { t } = useTranslation();
  const elsewhere = account?.role === 'commune' && !canEdit;
  if (!canEdit && !elsewhere) return null;
  return (
    <div className="edit-toolbar commune-edit-bar">
      {elsewhere && (
        <p className="edit-toolbar__hint commune-edit-bar__elsewhere">
          {t('commune.edit.otherCommune', { commune: ownCommune ?? account.commune })}
        </p>
      )}
      {canEdit && !placing && (
        <button type="button" className="new-wifi-button new-project-button" onClick={onStartPlacing}>
          {t('commune.edit.newProject')}
        </button>
      )}
      {placing && (
        <>
          <p className="edit-toolbar__hint" role="status">
            {t('commune.edit.placeHint')}
          </p>
          <button type="button" className="edit-toolbar__cancel" onClick={onStopPlacing}>
            {t('commune.edit.cancel')}
          </button>
        </>
      )}
      {note && !placing && (
        <p className="edit-toolbar__hint commune-edit-bar__note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
