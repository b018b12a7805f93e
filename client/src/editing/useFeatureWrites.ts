// The writes of the edit panel, one at a time: each runs with the panel busy, and ends in a note
// ("Enregistré (version 3)."), a field's complaint (400 naming `properties.<field>`), the conflict
// view (412, with the change that was refused), or the server's reason (a 409 of a project, …).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from './ConflictView.tsx';
import { EditError, type EditedFeature, type FeatureChange } from './edit-api.ts';
import type { FieldErrors } from './form-values.ts';
import type { FormField } from './layer-fields.ts';

export type Note = { kind: 'ok' | 'error'; text: string } | null;

export const detailOf = (error: unknown) => (error instanceof EditError ? error.detail : String(error));

/** A 400 naming one of the form's fields (`properties.name`) as that field's complaint. */
function fieldErrorOf(error: unknown, fields: readonly FormField[]): FieldErrors | null {
  if (!(error instanceof EditError) || error.status !== 400 || !error.parameter) return null;
  const field = fields.find(({ name }) => error.parameter === `properties.${name}`);
  return field ? { [field.name]: error.detail } : null;
}

export function useFeatureWrites(fields: readonly FormField[], onSaved: (feature: EditedFeature) => void) {
  const { t } = useTranslation();
  const [feature, setFeature] = useState<EditedFeature | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);

  /** Runs one write; a 412 opens the conflict view with `mine`, the change that was refused. */
  const write = async (
    attempt: () => Promise<EditedFeature>,
    done: (saved: EditedFeature) => string,
    mine?: FeatureChange,
  ): Promise<boolean> => {
    setBusy(true);
    setNote(null);
    setServerErrors({});
    try {
      const saved = await attempt();
      setFeature(saved);
      setConflict(null);
      setNote({ kind: 'ok', text: done(saved) });
      onSaved(saved);
      return true;
    } catch (error) {
      const fieldError = fieldErrorOf(error, fields);
      if (error instanceof EditError && error.status === 412 && error.current && mine) {
        setConflict({ mine, current: error.current });
      } else if (fieldError) {
        setServerErrors(fieldError);
      } else {
        setNote({ kind: 'error', text: t('editing.saveFailed', { detail: detailOf(error) }) });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { feature, setFeature, busy, note, setNote, serverErrors, conflict, write };
}
