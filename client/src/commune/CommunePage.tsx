// One commune's page (issue #4): what is planned, late and done on its territory, at a glance and
// in detail. The map framed on the commune with its projects over its infrastructure, beside a
// panel with the key figures, the projects' filters, timeline and list, and the works that could
// share a trench; a project's details open over the map; the Print button gives the report.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import type { AppData } from '../app-data.ts';
import { EmbedCodeBox } from '../embed/EmbedCodeBox.tsx';
import { MapView } from '../map/MapView.tsx';
import { useMapShell } from '../map/useMapShell.ts';
import { narrowScreen } from '../narrow-screen.ts';
import { useRemote } from '../planning/useRemote.ts';
import { CommuneEditBar } from '../projects/CommuneEditBar.tsx';
import { useProjectEditing } from '../projects/useProjectEditing.ts';
import { RequestList } from '../requests/RequestList.tsx';
import type { UrlChange, UrlState } from '../url-state.ts';
import {
  fetchCommuneFigures,
  fetchCommuneOutline,
  fetchCoordination,
  fetchProjects,
  coordinationDistances,
  type CoordinationPair,
} from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { communePageState } from './commune-links.ts';
import { projectFilterOf, urlOfProjectFilter } from './commune-url.ts';
import { CommuneHeader } from './CommuneHeader.tsx';
import { CommuneMapKey } from './CommuneMapKey.tsx';
import { CommuneMapLayers, type FrameRequest } from './CommuneMapLayers.tsx';
import { CommuneReport } from './CommuneReport.tsx';
import { CommuneSection } from './CommuneSection.tsx';
import { CoordinationList } from './CoordinationList.tsx';
import { pairKey, pairLinks, projectsBounds } from './coordination-map.ts';
import { KeyFigures } from './KeyFigures.tsx';
import type { Snapshot } from './MapSnapshot.tsx';
import { ProjectFilters } from './ProjectFilters.tsx';
import { keepsProject, type ProjectFilter } from './project-filters.ts';
import { ProjectList } from './ProjectList.tsx';
import { ProjectOverlay } from './ProjectOverlay.tsx';
import { progressCounts, todayInNewCaledonia } from './project-schedule.ts';
import { OUTLINE_SOURCE, PAIRS_SOURCE, PROJECTS_SOURCE } from './project-style.ts';
import { ProjectTimeline } from './ProjectTimeline.tsx';
import './project-panels.css';

/** The catalogue layers drawn under the projects: the five networks, not the busy coverage rings. */
const INFRASTRUCTURE_GROUPS = new Set(['fibre', 'mobile', 'postal', 'wifi', 'schools']);
const LEFT_OUT = new Set(['mobile-coverage']);
const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };
/** The width a project's details take over the map (commune.css: 24rem and its margin). */
const DETAILS_WIDTH_PX = 400;

/** How long Print waits for a fresh picture of the map before printing without one. */
const PRINT_WAIT_MS = 4_000;

/** The page always frames its commune: where the map looks is not part of its link. */
const keepViewOutOfUrl = () => {};

export interface CommunePageProps {
  data: AppData;
  commune: CommuneSummary;
  url: UrlState;
  updateUrl: (change: UrlChange) => void;
}

export function CommunePage({ data, commune, url, updateUrl }: CommunePageProps) {
  const { t } = useTranslation();
  const { insee } = commune;
  const shell = useMapShell(data.config, keepViewOutOfUrl);
  const [wide] = useState(() => !narrowScreen());
  const format = useCommuneFormat();
  // Lateness, slips and the timeline's line are measured at the date the data stands at; the real
  // date is only the report's printing date.
  const { asOf } = data.config;
  const [today] = useState(() => todayInNewCaledonia());

  const outline = useRemote(
    useCallback((signal: AbortSignal) => fetchCommuneOutline(insee, signal), [insee]),
  );
  const figures = useRemote(
    useCallback((signal: AbortSignal) => fetchCommuneFigures(insee, signal), [insee]),
  );
  // Editing (issue 10): each write bumps the revision, and the projects are asked for again.
  const editing = useProjectEditing(insee);
  const { revision } = editing;
  const answer = useRemote(
    useCallback((signal: AbortSignal) => fetchProjects(insee, signal), [insee, revision]),
  );
  const [reports, setReports] = useState(0);
  const communeName = useCallback(
    (code: string) => data.communes.find((candidate) => candidate.insee === code)?.name ?? code,
    [data.communes],
  );
  const { account } = editing;
  const seesRequests = account !== null && (account.role !== 'commune' || account.commune === insee);
  // The filters and the distance live in the link (issue #9): a reload or a shared link keeps them.
  const distanceM = url.commune.distanceM ?? coordinationDistances[0];
  const setDistanceM = useCallback(
    (metres: number) => updateUrl((previous) => ({ commune: { ...previous.commune, distanceM: metres } })),
    [updateUrl],
  );
  const coordination = useRemote(
    useCallback((signal: AbortSignal) => fetchCoordination(insee, distanceM, signal), [insee, distanceM]),
  );

  const all = useMemo(() => answer.data?.features ?? [], [answer.data]);
  const filter = useMemo(() => projectFilterOf(url.commune), [url.commune]);
  const setFilter = useCallback(
    (next: ProjectFilter) =>
      updateUrl((previous) => ({ commune: { ...previous.commune, ...urlOfProjectFilter(next) } })),
    [updateUrl],
  );
  const shown = useMemo(
    () => all.filter((project) => keepsProject(filter, project.properties)),
    [all, filter],
  );
  const progress = useMemo(() => progressCounts(all.map((project) => project.properties)), [all]);
  const selected = all.find((project) => project.properties.id === url.commune.project) ?? null;
  const pairs = coordination.data?.pairs ?? null;
  const links = useMemo(
    () => (pairs && answer.data ? pairLinks(pairs, all) : null),
    [pairs, answer.data, all],
  );
  const [chosenPair, setChosenPair] = useState<string | null>(null);
  const pair = pairs?.find((candidate) => pairKey(candidate) === chosenPair) ?? null;
  const [frameRequest, setFrameRequest] = useState<FrameRequest | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  // Print: frame the whole commune again, wait for a fresh picture of it, then open the dialog.
  const [printRequest, setPrintRequest] = useState<{ at: number } | null>(null);
  const onPrint = useCallback(() => setPrintRequest({ at: performance.now() }), []);
  useEffect(() => {
    if (!printRequest) return;
    const print = () => {
      setPrintRequest(null);
      window.print();
    };
    if (snapshot && snapshot.takenAt >= printRequest.at) {
      const picture = new Image();
      picture.src = snapshot.url;
      void picture
        .decode()
        .catch(() => undefined)
        .then(() => requestAnimationFrame(print));
      return;
    }
    // A map that never settles (lost WebGL, no data) still lets the report print, without its picture.
    const timer = setTimeout(print, PRINT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [printRequest, snapshot]);

  const infrastructure = useMemo(
    () => data.layers.filter((info) => INFRASTRUCTURE_GROUPS.has(info.group) && !LEFT_OUT.has(info.id)),
    [data.layers],
  );
  /** Frames projects, clear of their details where these open over the map (not on a phone). */
  const frame = useCallback(
    (ids: number[], detailsOpen: boolean) => {
      const bounds = projectsBounds(ids, all);
      if (bounds) setFrameRequest({ bounds, clearLeft: wide && detailsOpen ? DETAILS_WIDTH_PX : 0 });
    },
    [all, wide],
  );
  const setProject = useCallback(
    (id: number | null) => updateUrl((previous) => ({ commune: { ...previous.commune, project: id } })),
    [updateUrl],
  );
  const openFromPanel = (id: number) => {
    setProject(id);
    frame([id], true);
  };
  const onChoosePair = (chosen: CoordinationPair) => {
    setChosenPair(pairKey(chosen));
    frame([chosen.a.id, chosen.b.id], selected !== null);
  };

  const sources = [...infrastructure.map((info) => info.id), OUTLINE_SOURCE, PROJECTS_SOURCE, PAIRS_SOURCE];
  const dataLoaded = shell.loaded(sources);
  const loadError = answer.error ?? figures.error ?? outline.error ?? coordination.error;
  const notices = [
    data.config.sampleData && t('notice.sampleData'),
    t('notice.asOf', { date: format.longDay(asOf) }),
    commune.boundarySource === 'approximate' && t('notice.approximateBoundaries'),
  ].filter((notice): notice is string => typeof notice === 'string');

  return (
    <div className="commune-page">
      <div className="commune-page__screen">
        <CommuneHeader
          commune={commune}
          url={url}
          total={answer.data ? all.length : null}
          progress={progress}
          onBack={() => updateUrl(communePageState(null))}
          onPrint={onPrint}
        />
        <div className="commune-page__body">
          <div className="commune-page__map">
            <MapView
              mapStyle={shell.mapStyle}
              view={null}
              locale={shell.locale}
              label={t('commune.page.mapLabel', { name: commune.name })}
              fitPadding={FIT_PADDING}
              dataLoaded={dataLoaded}
              onViewChange={shell.onViewChange}
            >
              <CommuneMapLayers
                commune={commune}
                infrastructure={infrastructure}
                communes={data.communes}
                offlineBasemap={shell.offlineBasemap}
                viewport={shell.viewport}
                onStatus={shell.onStatus}
                outline={outline.data}
                projects={answer.data ? shown : null}
                links={links}
                selected={selected?.properties.id ?? null}
                pair={pair ? { key: pairKey(pair), ids: [pair.a.id, pair.b.id] } : null}
                frameRequest={frameRequest}
                communeFrameRequest={printRequest}
                onSelectProject={setProject}
                onSnapshot={setSnapshot}
                placing={editing.placing}
                onPlace={editing.place}
              />
            </MapView>
            <CommuneMapKey />
            <CommuneEditBar
              account={account}
              ownCommune={account?.commune ? communeName(account.commune) : null}
              canEdit={editing.canEdit}
              placing={editing.placing}
              note={editing.note && editing.note.projectId === null ? editing.note.text : null}
              onStartPlacing={editing.startPlacing}
              onStopPlacing={editing.stopPlacing}
            />
          </div>
          <ProjectOverlay
            editing={editing}
            selected={selected}
            data={data}
            insee={insee}
            asOf={asOf}
            today={today}
            url={url}
            communeName={communeName}
            onOpen={setProject}
            onShowOnMap={(id) => frame([id], true)}
            onReported={() => setReports((count) => count + 1)}
          />
          <div
            className="commune-page__panel"
            role="region"
            aria-label={t('commune.page.panel', { name: commune.name })}
          >
            {loadError && (
              <p className="commune-error" role="alert">
                {t('commune.loadError', { detail: loadError.message })}
              </p>
            )}
            <CommuneSection
              title={t('commune.sections.timeline')}
              defaultOpen
              className="commune-section--timeline"
            >
              {answer.data ? (
                <>
                  <ProjectFilters
                    projects={all.map((project) => project.properties)}
                    filter={filter}
                    shown={shown.length}
                    onChange={setFilter}
                  />
                  <ProjectTimeline
                    projects={shown}
                    asOf={asOf}
                    selected={selected?.properties.id ?? null}
                    onSelect={openFromPanel}
                  />
                </>
              ) : (
                <p className="commune-note">{t('commune.loading')}</p>
              )}
            </CommuneSection>
            <CommuneSection
              title={t('commune.sections.projects')}
              defaultOpen={wide}
              className="commune-section--projects"
            >
              <ProjectList
                projects={shown}
                asOf={asOf}
                url={url}
                selected={selected?.properties.id ?? null}
                onSelect={openFromPanel}
              />
            </CommuneSection>
            <CommuneSection
              title={t('commune.sections.coordination')}
              defaultOpen={wide}
              className="commune-section--coordination"
            >
              <CoordinationList
                pairs={pairs}
                distanceM={distanceM}
                onDistanceChange={setDistanceM}
                chosen={chosenPair}
                onChoose={onChoosePair}
              />
            </CommuneSection>
            {seesRequests && (
              <CommuneSection
                title={t('commune.sections.requests')}
                defaultOpen={wide}
                className="commune-section--requests"
              >
                <RequestList insee={insee} canAnswer={account.role === 'planner'} revision={reports} />
              </CommuneSection>
            )}
            <CommuneSection title={t('commune.sections.figures')} defaultOpen={wide}>
              {figures.data ? (
                <KeyFigures figures={figures.data} asOf={asOf} />
              ) : (
                <p className="commune-note">{t('commune.loading')}</p>
              )}
            </CommuneSection>
            <CommuneSection
              title={t('embed.code.section')}
              defaultOpen={false}
              className="commune-section--embed"
            >
              <EmbedCodeBox commune={commune} />
            </CommuneSection>
          </div>
        </div>
      </div>
      <CommuneReport
        commune={commune}
        notices={notices}
        today={today}
        asOf={asOf}
        snapshot={snapshot}
        figures={figures.data}
        projects={shown}
        total={all.length}
        progress={progress}
        pairs={pairs}
        distanceM={distanceM}
      />
    </div>
  );
}
