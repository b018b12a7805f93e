// Which projects the page shows: statuses ticked (each with how many projects it holds) and a kind
// of work; the map, the timeline, the list and the report follow.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { projectKinds, projectStatuses, type ProjectKind, type ProjectProperties } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import {
  everyProject,
  filtersNothing,
  kindCounts,
  statusCounts,
  type ProjectFilter,
} from './project-filters.ts';
import { statusColors } from './project-style.ts';
import { useProjectWords } from './project-words.ts';

export interface ProjectFiltersProps {
  projects: readonly ProjectProperties[];
  filter: ProjectFilter;
  shown: number;
  onChange: (filter: ProjectFilter) => void;
}

export function ProjectFilters({ projects, filter, shown, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const words = useProjectWords();
  const kindId = useId();
  const byStatus = statusCounts(projects, filter);
  const byKind = kindCounts(projects, filter);
  const ofStatuses = projects.filter((project) => filter.statuses.has(project.status)).length;

  return (
    <div className="project-filters">
      <fieldset className="project-filters__statuses">
        <legend>{t('commune.filters.status')}</legend>
        {projectStatuses.map((status) => (
          <label key={status} className="check" data-status={status}>
            <input
              type="checkbox"
              checked={filter.statuses.has(status)}
              onChange={(event) => {
                const statuses = new Set(filter.statuses);
                if (event.currentTarget.checked) statuses.add(status);
                else statuses.delete(status);
                onChange({ ...filter, statuses });
              }}
            />
            <span
              className="check__swatch"
              style={{ backgroundColor: statusColors[status] }}
              aria-hidden="true"
            />
            <span>{words.status(status)}</span>
            <span className="check__count">({format.count(byStatus[status])})</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={kindId}>{t('commune.filters.kind')}</label>
        <select
          id={kindId}
          value={filter.kind ?? ''}
          onChange={(event) =>
            onChange({ ...filter, kind: (event.currentTarget.value || null) as ProjectKind | null })
          }
        >
          <option value="">{t('commune.filters.allKinds', { count: format.count(ofStatuses) })}</option>
          {projectKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t('commune.filters.kindOption', { kind: words.kind(kind), count: format.count(byKind[kind]) })}
            </option>
          ))}
        </select>
      </div>
      <p className="project-filters__shown" aria-live="polite">
        {t('commune.filters.shown', {
          count: shown,
          formatted: format.count(shown),
          total: format.count(projects.length),
        })}
      </p>
      {!filtersNothing(filter) && (
        <button
          type="button"
          className="commune-button commune-button--secondary"
          onClick={() => onChange(everyProject)}
        >
          {t('commune.filters.reset')}
        </button>
      )}
    </div>
  );
}
