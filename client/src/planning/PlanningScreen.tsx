// The Planning view (issue #3): where to build next and how to explain it. The map of communes
// coloured by an indicator with the uncovered places over it, beside a panel with the totals, the
// ranked places, the fibre rollout year by year and area analysis. Every choice lives in the URL.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlyTarget } from '../map/FlyTo.tsx';
import { MapView } from '../map/MapView.tsx';
import { useMapShell } from '../map/useMapShell.ts';
import type { ScreenProps } from '../MapScreen.tsx';
import { narrowScreen } from '../narrow-screen.ts';
import type { AreaShape } from './area-figures.ts';
import { AreaAnalysis } from './AreaAnalysis.tsx';
import type { DrawMode, DrawnShape } from './AreaDrawing.tsx';
import { choropleth as choroplethOf } from './choropleth.ts';
import { CommuneFilter } from './CommuneFilter.tsx';
import { gapKey } from './GapCircles.tsx';
import { GapDownloads } from './GapDownloads.tsx';
import { GapsTable } from './GapsTable.tsx';
import { GapTotals } from './GapTotals.tsx';
import { IndicatorPicker } from './IndicatorPicker.tsx';
import { defaultIndicator, indicators } from './indicators.ts';
import { CHOROPLETH_SOURCE, GAPS_SOURCE, ROLLOUT_SOURCE } from './map-sources.ts';
import { MapKey } from './MapKey.tsx';
import { PanelSection } from './PanelSection.tsx';
import { fetchCommuneStats, fetchGaps, type RankedGap } from './planning-api.ts';
import { useCommuneFormat } from '../commune/commune-format.ts';
import { useFormatters } from './planning-format.ts';
import type { PlanningUrlState } from './planning-url.ts';
import { PlanningMapLayers } from './PlanningMapLayers.tsx';
import { clampYear, deployedUpTo, plannedUpTo, yearRange } from './rollout-filters.ts';
import { RolloutChart } from './RolloutChart.tsx';
import { TechnologySwitch } from './TechnologySwitch.tsx';
import { useRemote } from './useRemote.ts';
import { YearSlider } from './YearSlider.tsx';
import './planning.css';

/** The map is beside the panel, not under it: the territory only needs a margin. */
const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };
/** How close a place chosen in the table is shown. */
const PLACE_ZOOM = 11;
const DEFAULT_RADIUS_KM = 10;

export function PlanningScreen({ data, url, updateUrl }: ScreenProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dates = useCommuneFormat();
  const { config, communes } = data;
  const shell = useMapShell(config, updateUrl);
  const [wide] = useState(() => !narrowScreen());

  const planning = url.planning;
  const setPlanning = useCallback(
    (change: Partial<PlanningUrlState>) =>
      updateUrl((previous) => ({ planning: { ...previous.planning, ...change } })),
    [updateUrl],
  );
  const technology = planning.technology ?? 'fibre';
  const commune = communes.find((known) => known.insee === planning.commune) ?? null;
  const indicator = planning.indicator ?? defaultIndicator;
  const rollout = planning.rollout ?? true;
  const whiteZones = planning.whiteZones ?? false;

  const stats = useRemote(fetchCommuneStats);
  const loadGaps = useCallback(
    (signal: AbortSignal) => fetchGaps(technology, commune?.insee ?? null, signal),
    [technology, commune?.insee],
  );
  const gaps = useRemote(loadGaps);
  const answer = gaps.data;
  const rankedKey = answer ? `${answer.technology}|${answer.commune ?? ''}` : '';

  const choropleth = useMemo(
    () => (stats.data ? choroplethOf(stats.data.communes, indicators[indicator], technology) : null),
    [stats.data, indicator, technology],
  );
  const yearly = useMemo(() => stats.data?.territory.yearly ?? [], [stats.data]);
  // The year shown by default is the one the data stands at, not the real current year.
  const asOfYear = Number(config.asOf.slice(0, 4));
  const range = yearRange(
    yearly.map((entry) => entry.year),
    asOfYear,
  );
  const year = clampYear(planning.year, range, asOfYear);

  const [flyTarget, setFlyTarget] = useState<FlyTarget | null>(null);
  const [drawMode, setDrawMode] = useState<DrawMode>('off');
  const [drawn, setDrawn] = useState<DrawnShape | null>(null);
  const [radiusKm, setRadiusKm] = useState(DEFAULT_RADIUS_KM);
  const area = useMemo<AreaShape | null>(() => {
    if (!drawn) return null;
    if (drawn.kind === 'polygon') return drawn;
    return { kind: 'circle', center: drawn.center, radiusM: radiusKm * 1000 };
  }, [drawn, radiusKm]);

  const onDrawn = useCallback((shape: DrawnShape) => {
    setDrawn(shape);
    setDrawMode('off');
  }, []);
  const onUseMapCentre = () => {
    if (url.view) setDrawn({ kind: 'point', center: [url.view.lon, url.view.lat] });
  };
  const onSelectOnMap = useCallback((key: string) => setPlanning({ place: key }), [setPlanning]);
  const onActivateRow = (gap: RankedGap) => {
    setPlanning({ place: gapKey(gap) });
    setFlyTarget({ center: [gap.lon, gap.lat], zoom: PLACE_ZOOM });
  };
  const onCommuneChange = (insee: string | null) => {
    setPlanning({ commune: insee, place: null });
    const chosen = communes.find((known) => known.insee === insee);
    if (chosen) setFlyTarget({ bounds: chosen.bbox as [number, number, number, number] });
  };

  const sources = [CHOROPLETH_SOURCE, GAPS_SOURCE, ...(rollout ? [ROLLOUT_SOURCE] : [])];
  const dataLoaded = shell.loaded(sources) && stats.status === 'ready';
  const loadError = gaps.error ?? stats.error;
  const technologyName = t(`planning.technology.${technology}`);
  const scope = commune?.name ?? t('planning.commune.all');

  return (
    <div className="planning">
      <div className="planning__map">
        <MapView
          mapStyle={shell.mapStyle}
          view={url.view}
          locale={shell.locale}
          label={t('planning.mapLabel')}
          fitPadding={FIT_PADDING}
          dataLoaded={dataLoaded}
          onViewChange={shell.onViewChange}
        >
          <PlanningMapLayers
            offlineBasemap={shell.offlineBasemap}
            communes={communes}
            viewport={shell.viewport}
            onStatus={shell.onStatus}
            choropleth={choropleth}
            year={year}
            rollout={rollout}
            whiteZones={whiteZones}
            ranked={answer?.ranked ?? null}
            rankedKey={rankedKey}
            selected={planning.place}
            onSelect={onSelectOnMap}
            flyTarget={flyTarget}
            drawMode={drawMode}
            onDrawn={onDrawn}
            area={area}
          />
        </MapView>
      </div>
      <aside className="planning__panel" aria-label={t('planning.panel')}>
        <div className="planning__filters">
          <TechnologySwitch
            value={technology}
            onChange={(next) => setPlanning({ technology: next, place: null })}
          />
          <CommuneFilter communes={communes} value={commune?.insee ?? null} onChange={onCommuneChange} />
        </div>
        {loadError && (
          <p className="planning__error" role="alert">
            {t('planning.loadError', { detail: loadError.message })}
          </p>
        )}
        <PanelSection title={t('planning.totals.title')}>
          {answer ? (
            <GapTotals
              totals={answer.totals}
              caption={t('planning.totals.caption', { technology: technologyName, scope })}
            />
          ) : (
            <p className="note">{t('app.loading')}</p>
          )}
        </PanelSection>
        <PanelSection title={t('planning.gaps.title')} className="gaps-section">
          <p className="note">{t('planning.gaps.ranking', { technology: technologyName })}</p>
          {answer && (
            <>
              <p
                className="gaps-count"
                aria-live="polite"
                aria-busy={gaps.status === 'loading'}
                data-answer={rankedKey}
              >
                {t('planning.gaps.count', {
                  count: answer.ranked.length,
                  formatted: format.count(answer.ranked.length),
                  scope,
                })}
              </p>
              <GapsTable
                ranked={answer.ranked}
                technology={answer.technology}
                selected={planning.place}
                onActivate={onActivateRow}
                caption={t('planning.gaps.caption', { technology: technologyName, scope })}
              />
            </>
          )}
          <GapDownloads technology={technology} commune={commune?.insee ?? null} />
        </PanelSection>
        <PanelSection title={t('planning.indicator.title')} defaultOpen={wide}>
          <IndicatorPicker
            value={indicator}
            technology={technology}
            choropleth={choropleth}
            onChange={(next) => setPlanning({ indicator: next })}
          />
          <MapKey
            rollout={rollout}
            whiteZones={whiteZones}
            year={year}
            deployedAt={year > asOfYear ? dates.longDay(config.asOf) : null}
            onRolloutChange={(shown) => setPlanning({ rollout: shown })}
            onWhiteZonesChange={(shown) => setPlanning({ whiteZones: shown })}
          />
        </PanelSection>
        <PanelSection title={t('planning.rollout.title')} defaultOpen={wide}>
          <YearSlider
            year={year}
            min={range.min}
            max={range.max}
            onChange={(next) => setPlanning({ year: next })}
          />
          <p className="note">
            {year > asOfYear
              ? // A year after the data's date: what is built stops at that date; the rest is the plan.
                t('planning.rollout.summaryAhead', {
                  year,
                  date: dates.longDay(config.asOf),
                  premises: format.count(deployedUpTo(yearly, year)),
                  planned: format.count(plannedUpTo(yearly, year)),
                })
              : t('planning.rollout.summary', { year, premises: format.count(deployedUpTo(yearly, year)) })}
          </p>
          {yearly.length > 0 && <RolloutChart yearly={yearly} year={year} asOf={config.asOf} />}
        </PanelSection>
        <PanelSection title={t('planning.area.title')} defaultOpen={wide}>
          <AreaAnalysis
            mode={drawMode}
            onModeChange={setDrawMode}
            radiusKm={radiusKm}
            onRadiusKmChange={setRadiusKm}
            shape={area}
            onUseMapCentre={onUseMapCentre}
            onClear={() => setDrawn(null)}
          />
        </PanelSection>
      </aside>
    </div>
  );
}
