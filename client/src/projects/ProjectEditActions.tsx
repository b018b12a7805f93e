// What a project's details offer an account that may edit it: "Modifier" opens the form, and
// "Supprimer" asks first, then deletes the version shown (If-Match). A refusal (403, 412…) stays
// on screen in words, never a silent failure.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../commune/commune-api.ts';
import { deleteProject, ProjectWriteError } from './project-api.ts';
import { refusalText } from './refusal-text.ts';

export interface ProjectEditActionsProps {
  project: Project;
  onEdit: () => void;
  onDeleted: (title: string) => void;
  /** The project changed since it was shown (412 on delete): the page asks for it again. */
  onStale: () => void;
}

export function ProjectEditActions({ project, onEdit, onDeleted, onStale }: ProjectEditActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { id, title, version } = project.properties;

  const remove = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await deleteProject(id, version);
      onDeleted(title);
    } catch (error) {
      setRefusal(refusalText(t, error));
      setConfirming(false);
      if (error instanceof ProjectWriteError && error.status === 412) onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="project-edit-actions">
        <button type="button" className="commune-button project-edit-button" onClick={onEdit}>
          {t('commune.edit.edit')}
        </button>
        <button
          type="button"
          className="commune-button commune-button--secondary project-delete-button"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t('commune.edit.delete')}
        </button>
      </div>
      {confirming && (
        <div className="project-delete-confirm" role="alertdialog" aria-label={t('commune.edit.delete')}>
          <p>{t('commune.edit.confirmDelete', { title })}</p>
          <div className="project-delete-confirm__actions">
            <button
              type="button"
              className="commune-button commune-button--danger project-delete-yes"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('commune.edit.confirmYes')}
            </button>
            <button
              type="button"
              className="commune-button commune-button--secondary project-delete-no"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {t('commune.edit.confirmNo')}
            </button>
          </div>
        </div>
      )}
      {refusal && (
        <p className="edit-panel__error project-edit-refusal" role="alert">
          {refusal}
        </p>
      )}
    </>
  );
}
