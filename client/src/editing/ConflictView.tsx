// What a 412 shows: someone else changed the feature since it was opened. Each field of the
// person's change (and the geometry, when it was moved or reshaped) beside what it holds now;
// "keep theirs" takes the current version, "apply mine over it" sends the same change again
// against that version.
import { useTranslation } from 'react-i18next';
import type { EditedFeature, FeatureChange } from './edit-api.ts';
import { conflictRows } from './form-values.ts';
import type { FormField } from './layer-fields.ts';
import { useFieldLabel, useValueText } from './value-text.ts';

export interface Conflict {
  mine: FeatureChange;
  current: EditedFeature;
}

export interface ConflictViewProps {
  conflict: Conflict;
  fields: readonly FormField[];
  /** The layer's features are points: their geometry is a position. */
  point: boolean;
  busy: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

export function ConflictView({
  conflict,
  fields,
  point,
  busy,
  onKeepTheirs,
  onApplyMine,
}: ConflictViewProps) {
  const { t } = useTranslation();
  const valueText = useValueText(fields);
  const fieldLabel = useFieldLabel(fields, point);
  const rows = conflictRows(fields, conflict.mine, conflict.current);
  return (
    <section className="edit-conflict" role="alert" aria-labelledby="edit-conflict-title">
      <h3 id="edit-conflict-title">{t('editing.conflict.title')}</h3>
      <p>{t('editing.conflict.intro', { version: conflict.current.properties.version })}</p>
      <table className="edit-conflict__table">
        <thead>
          <tr>
            <th scope="col">{t('editing.conflict.field')}</th>
            <th scope="col">{t('editing.conflict.mine')}</th>
            <th scope="col">{t('editing.conflict.current')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className={row.mine === row.current ? '' : 'edit-conflict__differs'}>
              <th scope="row">{fieldLabel(row.name)}</th>
              <td className="edit-conflict__mine">{valueText(row.name, row.mine)}</td>
              <td className="edit-conflict__current">{valueText(row.name, row.current)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="edit-conflict__actions">
        <button type="button" className="conflict-keep-theirs" disabled={busy} onClick={onKeepTheirs}>
          {t('editing.conflict.keepTheirs')}
        </button>
        <button type="button" className="conflict-apply-mine" disabled={busy} onClick={onApplyMine}>
          {t('editing.conflict.applyMine')}
        </button>
      </div>
    </section>
  );
}
