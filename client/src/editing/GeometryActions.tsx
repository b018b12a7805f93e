// Under the form of a feature that exists: "Déplacer / remodeler" hands its geometry to Terra Draw
// (select mode: drag the feature, its vertices, its midpoints), then saves or drops what was drawn;
// "Supprimer" asks once more before the deletion is sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface GeometryActionsProps {
  busy: boolean;
  reshaping: boolean;
  /** The geometry was changed on the map since reshaping began. */
  reshaped: boolean;
  point: boolean;
  onReshape: () => void;
  onSaveGeometry: () => void;
  onCancelReshape: () => void;
  onDelete: () => void;
}

export function GeometryActions(props: GeometryActionsProps) {
  const { busy, reshaping, reshaped, point, onReshape, onSaveGeometry, onCancelReshape, onDelete } = props;
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);

  if (reshaping) {
    return (
      <section className="edit-geometry" aria-labelledby="edit-geometry-title">
        <h3 id="edit-geometry-title">{t(point ? 'editing.move.titlePoint' : 'editing.move.title')}</h3>
        <p>{t(point ? 'editing.move.hintPoint' : 'editing.move.hint')}</p>
        <div className="edit-geometry__actions">
          <button
            type="button"
            className="edit-save-geometry"
            disabled={busy || !reshaped}
            onClick={onSaveGeometry}
          >
            {t('editing.move.save')}
          </button>
          <button type="button" className="edit-reshape-cancel" disabled={busy} onClick={onCancelReshape}>
            {t('editing.cancel')}
          </button>
        </div>
      </section>
    );
  }
  if (confirming) {
    return (
      <section
        className="edit-geometry edit-geometry--delete"
        role="alertdialog"
        aria-labelledby="edit-delete-title"
      >
        <h3 id="edit-delete-title">{t('editing.delete.confirmTitle')}</h3>
        <p>{t('editing.delete.confirmText')}</p>
        <div className="edit-geometry__actions">
          <button type="button" className="edit-delete-confirm" disabled={busy} onClick={onDelete}>
            {t('editing.delete.confirm')}
          </button>
          <button
            type="button"
            className="edit-delete-cancel"
            disabled={busy}
            onClick={() => setConfirming(false)}
          >
            {t('editing.cancel')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <div className="edit-geometry__actions">
      <button type="button" className="edit-reshape" disabled={busy} onClick={onReshape}>
        {t(point ? 'editing.move.startPoint' : 'editing.move.start')}
      </button>
      <button type="button" className="edit-delete" disabled={busy} onClick={() => setConfirming(true)}>
        {t('editing.delete.start')}
      </button>
    </div>
  );
}
