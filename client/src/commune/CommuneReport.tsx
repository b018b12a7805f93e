// The commune's report for the council meeting (issue #4), printed with the page's Print button or
// the browser's: on paper only (commune.css), a plain A4 document with the commune, the date, the
// sample-data notice, a picture of the map, the key figures, the timeline, the projects and the
// works to coordinate. While printing, the document is titled after the commune (the PDF's name).
import { useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import type { CommuneFigures, CoordinationPair, Day, Project } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { CoordinationList } from './CoordinationList.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { MapKeyItems } from './CommuneMapKey.tsx';
import type { Snapshot } from './MapSnapshot.tsx';
import { scaleBar } from './report-scale.ts';
import { progressOrder, type Progress } from './project-schedule.ts';
import { ProjectTable } from './ProjectTable.tsx';
import { ProjectTimeline } from './ProjectTimeline.tsx';
import './commune-report.css';

export interface CommuneReportProps {
  commune: CommuneSummary;
  notices: readonly string[];
  /** The real date: the report's printing date, nothing else. */
  today: Day;
  /** The date the data stands at: what lateness and slips are measured against. */
  asOf: Day;
  snapshot: Snapshot | null;
  figures: CommuneFigures | null;
  projects: readonly Project[];
  total: number;
  progress: Record<Progress, number>;
  pairs: readonly CoordinationPair[] | null;
  distanceM: number;
}

export function CommuneReport(props: CommuneReportProps) {
  const { commune, notices, today, asOf, snapshot, figures, projects, total, progress, pairs, distanceM } =
    props;
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const documentTitle = t('commune.report.documentTitle', { name: commune.name });

  useEffect(() => {
    let before = document.title;
    const onBeforePrint = () => {
      before = document.title;
      document.title = documentTitle;
    };
    const onAfterPrint = () => {
      document.title = before;
    };
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, [documentTitle]);

  return (
    <article className="commune-report">
      <header className="commune-report__header">
        <p className="commune-report__kicker">{t('commune.report.kicker')}</p>
        <h1>{commune.name}</h1>
        <p>
          {t('commune.page.facts', {
            province: t(`commune.province.${commune.province}`),
            population: format.count(commune.population2019),
            postalCode: commune.postalCode,
          })}
        </p>
        <p>{t('commune.report.printedOn', { date: format.day(today) })}</p>
        {notices.map((notice) => (
          <p key={notice} className="commune-report__notice">
            {notice}
          </p>
        ))}
      </header>
      <section className="commune-report__summary">
        <p>
          {t('commune.page.summary', { count: total, formatted: format.count(total) })}{' '}
          {progressOrder
            .filter((stage) => stage !== 'cancelled' || progress.cancelled > 0)
            .map((stage) =>
              t(`commune.progress.${stage}`, {
                count: progress[stage],
                formatted: format.count(progress[stage]),
              }),
            )
            .join(' · ')}
        </p>
        {projects.length !== total && (
          <p>
            {t('commune.report.filtered', {
              shown: format.count(projects.length),
              total: format.count(total),
            })}
          </p>
        )}
      </section>
      <figure className="commune-report__map">
        {snapshot ? (
          <MapPicture snapshot={snapshot} alt={t('commune.report.mapAlt', { name: commune.name })} />
        ) : (
          <p>{t('commune.report.noMap')}</p>
        )}
        <figcaption>
          <MapKeyItems />
        </figcaption>
      </figure>
      {figures && (
        <section>
          <h2>{t('commune.sections.figures')}</h2>
          <KeyFigures figures={figures} asOf={asOf} />
        </section>
      )}
      <section>
        <h2>{t('commune.sections.timeline')}</h2>
        <ProjectTimeline projects={projects} asOf={asOf} selected={null} />
      </section>
      <section>
        <h2>{t('commune.sections.projects')}</h2>
        <ProjectTable projects={projects} asOf={asOf} />
      </section>
      <section>
        <h2>{t('commune.sections.coordination')}</h2>
        <CoordinationList pairs={pairs} distanceM={distanceM} chosen={null} />
      </section>
    </article>
  );
}

/** The picture of the whole commune, with a scale bar and a north arrow drawn over it (they print). */
function MapPicture({ snapshot, alt }: { snapshot: Snapshot; alt: string }) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const bar = scaleBar(snapshot.metresPerPx, snapshot.widthPx);
  return (
    <div
      className="commune-report__picture"
      style={{ '--picture-aspect': snapshot.widthPx / Math.max(1, snapshot.heightPx) } as CSSProperties}
    >
      <img
        src={snapshot.url}
        alt={alt}
        data-bounds={snapshot.bounds.map((value) => value.toFixed(5)).join(',')}
      />
      {bar && (
        <div className="commune-report__scale" style={{ width: `${(bar.share * 100).toFixed(2)}%` }}>
          {bar.metres >= 1000
            ? t('pages.reportScaleKm', { km: format.count(bar.metres / 1000) })
            : t('pages.reportScaleM', { metres: format.count(bar.metres) })}
        </div>
      )}
      <svg
        className="commune-report__north"
        viewBox="0 0 24 36"
        role="img"
        aria-label={t('pages.reportNorth')}
        style={{ transform: `rotate(${-snapshot.bearing}deg)` }}
      >
        <path d="M12 2 L20 30 L12 24 L4 30 Z" fill="#1f2933" />
        <text x="12" y="35.5" textAnchor="middle" fontSize="8" fontWeight="700" fill="#1f2933">
          N
        </text>
      </svg>
    </div>
  );
}
