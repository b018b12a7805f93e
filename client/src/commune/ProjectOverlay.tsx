// What opens over a commune's map for one project: its details (with, for people who act on it,
// editing, reporting and its history), or the editor that changes it or creates a new one
// (issue 10). After a save the details of the saved project open, saying what became of it.
import { useTranslation } from 'react-i18next';
import type { AppData } from '../app-data.ts';
import { ProjectDetailTools } from '../projects/ProjectDetailTools.tsx';
import { ProjectEditor } from '../projects/ProjectEditor.tsx';
import type { useProjectEditing } from '../projects/useProjectEditing.ts';
import type { UrlState } from '../url-state.ts';
import type { Day, Project } from './commune-api.ts';
import { ProjectDetail } from './ProjectDetail.tsx';

export interface ProjectOverlayProps {
  editing: ReturnType<typeof useProjectEditing>;
  selected: Project | null;
  data: AppData;
  insee: string;
  asOf: Day;
  today: Day;
  url: UrlState;
  communeName: (insee: string) => string;
  /** Opens a project's details (null closes them). */
  onOpen: (id: number | null) => void;
  onShowOnMap: (id: number) => void;
  onReported: () => void;
}

export function ProjectOverlay(props: ProjectOverlayProps) {
  const { editing, selected, data, insee, asOf, today, url, communeName } = props;
  const { onOpen, onShowOnMap, onReported } = props;
  const { t } = useTranslation();
  const { account, target } = editing;

  if (target) {
    return (
      <ProjectEditor
        key={target.kind === 'edit' ? target.projectId : 'new'}
        target={target}
        insee={insee}
        communes={account?.role === 'planner' ? data.communes : null}
        today={today}
        onSaved={(saved, created) => {
          editing.written(
            created
              ? t('commune.edit.created', { id: saved.properties.id })
              : t('commune.edit.saved', { version: saved.properties.version }),
            saved.properties.id,
          );
          editing.close();
          // A planner may move a project to another commune: it leaves this page then.
          onOpen(saved.properties.communeInsee === insee ? saved.properties.id : null);
        }}
        onClose={editing.close}
      />
    );
  }
  if (!selected) return null;
  const { id } = selected.properties;
  return (
    <ProjectDetail
      project={selected}
      layers={data.layers}
      asOf={asOf}
      url={url}
      onClose={() => onOpen(null)}
      onShowOnMap={() => onShowOnMap(id)}
    >
      <ProjectDetailTools
        project={selected}
        account={account}
        canEdit={editing.canEdit}
        note={editing.note?.projectId === id ? editing.note.text : null}
        communeName={communeName}
        onEdit={() => editing.edit(id)}
        onDeleted={(title) => {
          onOpen(null);
          editing.written(t('commune.edit.deleted', { title }));
        }}
        onStale={() => editing.written(null)}
        onReported={onReported}
      />
    </ProjectDetail>
  );
}
