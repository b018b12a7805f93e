// The calendar of a commune's projects (issue #4), one row per project in order of planned start:
// the planned period as a pale bar, what happened as a bar in the status colour beneath it, the
// days past the planned end in red, a start awaited past its date hatched red; the data's as-of date
// (GET /api/config) as a line across all rows. The bars are drawn with HTML and CSS; each row says the same in words for
// screen readers, and its slip badge gives the reason on hover and on focus.
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Day, Project } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { SlipBadge, StatusBadge } from './ProjectBadges.tsx';
import { barExtent, dayNumber, scheduleOf, timeScale, type TimeScale } from './project-schedule.ts';
import { statusColors } from './project-style.ts';
import { slipSummary, useProjectWords } from './project-words.ts';
import './project-timeline.css';

export interface ProjectTimelineProps {
  projects: readonly Project[];
  /** The date the data stands at: slips are counted to it and its line is drawn. */
  asOf: Day;
  selected: number | null;
  /** Opens a project's details; without it (print), titles are plain text. */
  onSelect?: (id: number) => void;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function Bar({
  scale,
  from,
  to,
  kind,
  color,
}: {
  scale: TimeScale;
  from: Day;
  to: Day;
  kind: string;
  color?: string;
}) {
  if (dayNumber(to) < dayNumber(from)) return null;
  const { left, width } = barExtent(scale, from, to);
  const style = { left: percent(left), width: percent(width), '--bar-color': color } as CSSProperties;
  return <span className={`timeline__bar timeline__bar--${kind}`} style={style} />;
}

const dayAfter = (day: Day) => new Date((dayNumber(day) + 1) * 86_400_000).toISOString().slice(0, 10);

export function ProjectTimeline({ projects, asOf, selected, onSelect }: ProjectTimelineProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const words = useProjectWords();
  const rows = useMemo(
    () =>
      [...projects]
        .sort(
          (a, b) =>
            a.properties.plannedStart.localeCompare(b.properties.plannedStart) ||
            a.properties.id - b.properties.id,
        )
        .map((project) => ({ project: project.properties, schedule: scheduleOf(project.properties, asOf) })),
    [projects, asOf],
  );
  const scale = useMemo(
    () =>
      timeScale(
        rows.flatMap(({ project, schedule }) =>
          [
            project.plannedStart,
            project.plannedEnd,
            project.actualStart,
            project.actualEnd,
            schedule.lateUntil,
          ].filter((day): day is Day => day !== null),
        ),
        asOf,
      ),
    [rows, asOf],
  );
  if (rows.length === 0) return <p className="commune-note">{t('commune.timeline.empty')}</p>;
  const asOfAt = percent(scale.at(asOf));

  return (
    <figure className="timeline">
      <figcaption className="visually-hidden">{t('commune.timeline.caption')}</figcaption>
      <ul className="timeline__key" aria-hidden="true">
        <li>
          <span className="timeline__key-bar timeline__bar--planned" />
          {t('commune.timeline.keyPlanned')}
        </li>
        <li>
          <span className="timeline__key-bar timeline__bar--actual" />
          {t('commune.timeline.keyActual')}
        </li>
        <li>
          <span className="timeline__key-bar timeline__bar--late" />
          {t('commune.timeline.keyLate')}
        </li>
        <li>
          <span className="timeline__key-bar timeline__bar--waiting" />
          {t('commune.timeline.keyWaiting')}
        </li>
        <li>
          <span className="timeline__key-as-of" />
          {t('commune.timeline.asOf', { date: format.day(asOf) })}
        </li>
      </ul>
      <div className="timeline__body">
        <div className="timeline__axis" aria-hidden="true">
          {scale.ticks.map((tick) => (
            <span
              key={tick.day}
              className={`timeline__tick${tick.year === null ? '' : ' timeline__tick--year'}`}
              style={{ left: percent(scale.at(tick.day)) }}
            >
              {tick.year}
            </span>
          ))}
        </div>
        <div className="timeline__grid" aria-hidden="true">
          {scale.ticks
            .filter((tick) => tick.year !== null)
            .map((tick) => (
              <span
                key={tick.day}
                className="timeline__gridline"
                style={{ left: percent(scale.at(tick.day)) }}
              />
            ))}
          <span className="timeline__as-of" style={{ left: asOfAt }} />
        </div>
        <ol className="timeline__rows">
          {rows.map(({ project, schedule }) => {
            const slip = slipSummary(project, schedule);
            const started = project.actualStart;
            const color = statusColors[project.status];
            return (
              <li
                key={project.id}
                className="timeline__row"
                data-project={project.id}
                aria-current={project.id === selected ? 'true' : undefined}
              >
                <div className="timeline__label">
                  {onSelect ? (
                    <button type="button" className="timeline__title" onClick={() => onSelect(project.id)}>
                      {project.title}
                    </button>
                  ) : (
                    <span className="timeline__title">{project.title}</span>
                  )}
                  <StatusBadge status={project.status} />
                  {slip && (
                    <SlipBadge
                      slip={slip}
                      reason={slip.late ? words.reason(project) : null}
                      interactive={onSelect !== undefined}
                    />
                  )}
                </div>
                <div className={`timeline__lane timeline__lane--${project.status}`} aria-hidden="true">
                  <Bar scale={scale} from={project.plannedStart} to={project.plannedEnd} kind="planned" />
                  {started !== null && (
                    <Bar
                      scale={scale}
                      from={started}
                      to={project.actualEnd ?? asOf}
                      kind={project.actualEnd === null ? 'actual timeline__bar--open' : 'actual'}
                      color={color}
                    />
                  )}
                  {started === null && schedule.startSlip?.ongoing && (
                    <Bar
                      scale={scale}
                      from={project.plannedStart}
                      to={asOf < project.plannedEnd ? asOf : project.plannedEnd}
                      kind="waiting"
                    />
                  )}
                  {schedule.lateUntil !== null && (
                    <Bar
                      scale={scale}
                      from={dayAfter(project.plannedEnd)}
                      to={schedule.lateUntil}
                      kind="late"
                    />
                  )}
                </div>
                <p className="timeline__words visually-hidden">{words.calendar(project, schedule)}</p>
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}
