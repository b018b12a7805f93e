// What a 412 shows: someone else changed the terminal since it was opened. Each field of the
// person's change beside the value it holds now; "keep theirs" takes the current version, "apply
// mine over it" sends the same change again against that version.
import { useTranslation } from 'react-i18next';
import type { WifiTerminalProperties } from '../../../server/edits/feature-payloads.ts';
import type { WifiFeature } from './edit-api.ts';
import { conflictRows } from './wifi-form-values.ts';
import { useValueText } from './value-text.ts';

export interface Conflict {
  mine: Partial<WifiTerminalProperties>;
  current: WifiFeature;
}

export interface ConflictViewProps {
  conflict: Conflict;
  busy: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

export function ConflictView({ conflict, busy, onKeepTheirs, onApplyMine }: ConflictViewProps) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const rows = conflictRows(conflict.mine, conflict.current.properties);
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
              <th scope="row">{t(`editing.fields.${row.name}`)}</th>
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
