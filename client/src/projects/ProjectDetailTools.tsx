// What a project's details add for people who act on it (issue 10): edit and delete for an account
// that may, "Signaler un problème" about it for everyone, its comments and history for signed-in
// accounts (a planner, or the account of the project's commune, adds a comment).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../commune/commune-api.ts';
import type { Account } from '../editing/edit-api.ts';
import { CommentThread } from '../requests/CommentThread.tsx';
import { ReportProblem } from '../requests/ReportProblem.tsx';
import { ProjectEditActions } from './ProjectEditActions.tsx';
import { ProjectHistory } from './ProjectHistory.tsx';
import { mayEditProjectsOf } from './project-permissions.ts';

export interface ProjectDetailToolsProps {
  project: Project;
  account: Account | null;
  canEdit: boolean;
  /** What the last write said (saved, version N). */
  note: string | null;
  communeName: (insee: string) => string;
  onEdit: () => void;
  onDeleted: (title: string) => void;
  onStale: () => void;
  onReported: () => void;
}

/** A point of the project to report from: a point's own, or the first vertex of a line or an area. */
function placeOf(project: Project): { lon: number; lat: number } | null {
  let coordinates: unknown = 'coordinates' in project.geometry ? project.geometry.coordinates : null;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  if (!Array.isArray(coordinates)) return null;
  const [lon, lat] = coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : null;
}

export function ProjectDetailTools(props: ProjectDetailToolsProps) {
  const { project, account, canEdit, note, communeName, onEdit, onDeleted, onStale, onReported } = props;
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const { id, title, version } = project.properties;
  return (
    <>
      {note && (
        <p className="project-detail__note" role="status">
          {note}
        </p>
      )}
      {canEdit && (
        <ProjectEditActions project={project} onEdit={onEdit} onDeleted={onDeleted} onStale={onStale} />
      )}
      {reporting ? (
        <div className="project-detail__report">
          <ReportProblem
            place={placeOf(project)}
            placeWords={null}
            about={{ layerId: 'projects', featureId: id, title }}
            communeName={communeName}
            onClose={() => {
              setReporting(false);
              onReported();
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          className="report-problem-button project-report-button"
          onClick={() => setReporting(true)}
        >
          {t('requests.report.button')}
        </button>
      )}
      {account && (
        <CommentThread
          layerId="projects"
          featureId={id}
          // The server lets the same accounts comment as write (server/requests/queries.ts).
          canWrite={mayEditProjectsOf(account, project.properties.communeInsee)}
        />
      )}
      {account && <ProjectHistory projectId={id} version={version} />}
    </>
  );
}
