// What a 412 shows on a project: someone else changed it since it was opened. Each field of the
// person's change beside the value it holds now; "keep theirs" takes the current version, "apply
// mine over it" sends the same change again against that version. The Wi-Fi terminals' conflict
// view (editing/ConflictView.tsx) is the model; its classes give it the same look.
import { useTranslation } from 'react-i18next';
import type { ProjectProperties } from '../../../server/edits/project-payloads.ts';
import type { VersionedProject } from './project-api.ts';
import { conflictRows } from './project-form-values.ts';
import { useProjectValueText } from './project-value-text.ts';

export interface ProjectConflictProps {
  mine: Partial<ProjectProperties>;
  current: VersionedProject;
  busy: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

export function ProjectConflict({ mine, current, busy, onKeepTheirs, onApplyMine }: ProjectConflictProps) {
  const { t } = useTranslation();
  const valueText = useProjectValueText();
  const rows = conflictRows(mine, current.properties);
  return (
    <section className="edit-conflict" role="alert" aria-labelledby="project-conflict-title">
      <h4 id="project-conflict-title">{t('commune.edit.conflictTitle')}</h4>
      <p>{t('commune.edit.conflictIntro', { version: current.properties.version })}</p>
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
              <th scope="row">{t(`commune.edit.fields.${row.name}`)}</th>
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
