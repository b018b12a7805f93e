// The report's table of projects: one row each, every date and the reason for a slip written out,
// since paper has no tooltip.
import { useTranslation } from 'react-i18next';
import type { Day, Project } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { scheduleOf } from './project-schedule.ts';
import { slipSummary, useProjectWords } from './project-words.ts';

export function ProjectTable({ projects, asOf }: { projects: readonly Project[]; asOf: Day }) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const words = useProjectWords();
  const actual = (start: Day | null, end: Day | null) => {
    if (start === null) return t('commune.table.notStarted');
    if (end === null) return t('commune.table.since', { date: format.day(start) });
    return format.period(start, end);
  };
  return (
    <table className="project-table">
      <caption className="visually-hidden">{t('commune.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('commune.table.title')}</th>
          <th scope="col">{t('commune.table.kind')}</th>
          <th scope="col">{t('commune.table.organisation')}</th>
          <th scope="col">{t('commune.table.status')}</th>
          <th scope="col">{t('commune.table.planned')}</th>
          <th scope="col">{t('commune.table.actual')}</th>
          <th scope="col">{t('commune.table.slip')}</th>
        </tr>
      </thead>
      <tbody>
        {projects.map(({ properties: project }) => {
          const slip = slipSummary(project, scheduleOf(project, asOf));
          return (
            <tr key={project.id} data-project={project.id}>
              <th scope="row">{project.title}</th>
              <td>{words.kind(project.kind)}</td>
              <td>{project.organisation}</td>
              <td>{words.status(project.status)}</td>
              <td>{format.period(project.plannedStart, project.plannedEnd)}</td>
              <td>{actual(project.actualStart, project.actualEnd)}</td>
              <td>
                {slip ? (
                  <>
                    <span className={slip.late ? 'project-table__late' : undefined}>
                      {words.slipShort(slip)}
                    </span>
                    {slip.late && <span className="project-table__reason">{words.reason(project)}</span>}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
