// A project's details (issue #4): every attribute in plain words, the feature of the network it
// builds named, a link of its own. Takes the focus when it opens and gives it back when it closes;
// Escape closes it.
import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { useRemote } from '../planning/useRemote.ts';
import type { UrlState } from '../url-state.ts';
import { communeLayerData, type Day, type Project } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { projectHref } from './commune-links.ts';
import { StatusBadge } from './ProjectBadges.tsx';
import { scheduleOf, type Slip } from './project-schedule.ts';
import { useProjectWords } from './project-words.ts';

/** Attributes that name a feature of the catalogue, the first one set wins. */
const NAME_ATTRIBUTES = ['name', 'siteName'];

/** The name of the feature a project builds, from the commune's features of its layer. */
function useLinkedFeatureName(layerId: string | null, featureId: number | null, insee: string) {
  const load = useCallback(async () => {
    if (layerId === null || featureId === null) return null;
    const data = await communeLayerData(layerId, insee);
    const feature = data.features.find((candidate) => Number(candidate.properties.id) === featureId);
    const name = NAME_ATTRIBUTES.map((key) => feature?.properties[key]).find(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    return name ?? null;
  }, [layerId, featureId, insee]);
  return useRemote(load);
}

export interface ProjectDetailProps {
  project: Project;
  layers: readonly LayerInfo[];
  asOf: Day;
  url: UrlState;
  onClose: () => void;
  onShowOnMap: () => void;
  /** What the page adds below the details: editing, reporting, the history (issue 10). */
  children?: ReactNode;
}

export function ProjectDetail({
  project: { properties: project },
  layers,
  asOf,
  url,
  onClose,
  onShowOnMap,
  children,
}: ProjectDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useCommuneFormat();
  const words = useProjectWords();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const schedule = scheduleOf(project, asOf);
  const linked = useLinkedFeatureName(project.layerId, project.featureId, project.communeInsee);
  const layer = layers.find((info) => info.id === project.layerId);

  // Focus comes here when a project opens, and goes back to what opened it when it closes.
  useEffect(() => {
    const opener = document.activeElement;
    headingRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [project.id]);

  const day = (value: Day | null) => (value === null ? t('commune.detail.none') : format.day(value));
  const slip = (value: Slip | null, planned: Day) => {
    if (value === null || value.days === 0) return t('commune.detail.onTime');
    const key = value.days > 0 ? (value.ongoing ? 'lateSoFar' : 'late') : 'early';
    return t(`commune.detail.${key}`, {
      count: Math.abs(value.days),
      formatted: format.count(Math.abs(value.days)),
      date: format.day(planned),
    });
  };
  let linkedText: string | null = null;
  if (project.layerId !== null && project.featureId !== null) {
    const layerTitle = layer?.title[language] ?? project.layerId;
    const name = linked.data ?? t('commune.detail.featureNumber', { id: project.featureId });
    linkedText = linked.status === 'loading' ? `${layerTitle} — …` : `${layerTitle} — ${name}`;
  }
  const rows: [string, ReactNode][] = [
    [t('commune.detail.kind'), words.kind(project.kind)],
    [t('commune.detail.organisation'), project.organisation],
    [t('commune.detail.status'), <StatusBadge key="status" status={project.status} />],
    [t('commune.detail.plannedStart'), day(project.plannedStart)],
    [t('commune.detail.plannedEnd'), day(project.plannedEnd)],
    [t('commune.detail.actualStart'), day(project.actualStart)],
    [t('commune.detail.actualEnd'), day(project.actualEnd)],
    [t('commune.detail.startSlip'), slip(schedule.startSlip, project.plannedStart)],
    [t('commune.detail.endSlip'), slip(schedule.endSlip, project.plannedEnd)],
    [t('commune.detail.reason'), project.slippageReason ?? t('commune.detail.none')],
    [t('commune.detail.feature'), linkedText ?? t('commune.detail.noFeature')],
    [t('commune.detail.notes'), project.publicNotes ?? t('commune.detail.none')],
    [t('commune.detail.commune'), project.communeName],
    [t('commune.detail.number'), String(project.id)],
    [t('commune.detail.source'), project.source === 'sample' ? t('commune.detail.sample') : project.source],
  ];

  return (
    <section
      className="project-detail"
      aria-labelledby={titleId}
      data-project={project.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="project-detail__header">
        <div>
          <p className="project-detail__kicker">{t('commune.detail.kicker')}</p>
          <h3 id={titleId} ref={headingRef} tabIndex={-1} className="project-detail__title">
            {project.title}
          </h3>
        </div>
        <button
          type="button"
          className="project-detail__close"
          aria-label={t('commune.detail.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="project-detail__attributes">
        {rows.map(([label, value]) => (
          <div key={label} className="project-detail__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="project-detail__actions">
        <button type="button" className="commune-button commune-button--secondary" onClick={onShowOnMap}>
          {t('commune.detail.showOnMap')}
        </button>
        <a className="commune-button commune-button--secondary" href={projectHref(url, project.id)}>
          {t('commune.detail.link')}
        </a>
      </div>
      {children}
    </section>
  );
}
