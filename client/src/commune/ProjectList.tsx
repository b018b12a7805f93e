// The projects shown, one entry each: title as a link of its own (`#project=12`), status, kind,
// who builds it, when, and its slip.
import { useTranslation } from 'react-i18next';
import type { UrlState } from '../url-state.ts';
import type { Day, Project } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { isPlainClick, projectHref } from './commune-links.ts';
import { SlipBadge, StatusBadge } from './ProjectBadges.tsx';
import { scheduleOf } from './project-schedule.ts';
import { slipSummary, useProjectWords } from './project-words.ts';

export interface ProjectListProps {
  projects: readonly Project[];
  asOf: Day;
  url: UrlState;
  selected: number | null;
  onSelect: (id: number) => void;
}

export function ProjectList({ projects, asOf, url, selected, onSelect }: ProjectListProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const words = useProjectWords();
  if (projects.length === 0) return <p className="commune-note">{t('commune.list.empty')}</p>;
  return (
    <ul className="project-list">
      {projects.map(({ properties: project }) => {
        const slip = slipSummary(project, scheduleOf(project, asOf));
        return (
          <li
            key={project.id}
            className="project-list__item"
            data-project={project.id}
            aria-current={project.id === selected ? 'true' : undefined}
          >
            <a
              className="project-list__title"
              href={projectHref(url, project.id)}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onSelect(project.id);
              }}
            >
              {project.title}
            </a>
            <p className="project-list__meta">
              <StatusBadge status={project.status} />
              <span>{words.kind(project.kind)}</span>
              <span>{project.organisation}</span>
            </p>
            <p className="project-list__dates">
              <span>
                {t('commune.list.planned', {
                  period: format.period(project.plannedStart, project.plannedEnd),
                })}
              </span>
              {slip && <SlipBadge slip={slip} reason={slip.late ? words.reason(project) : null} />}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
