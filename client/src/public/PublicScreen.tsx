// The public's view, on a phone first (issue #5): the nearest working Wi-Fi terminal from where one
// stands or a place searched for, and what one can get at a spot of the map. The map above, a sheet
// below with the search box, "Près de moi", "Ce point" and the answers as a list; side by side on a
// wide screen. Works offline after a first visit (service-worker.ts, saved-results.ts).
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n.ts';
import type { FlyTarget } from '../map/FlyTo.tsx';
import type { MapViewProps } from '../map/MapView.tsx';
import { useMapShell } from '../map/useMapShell.ts';
import type { ScreenProps } from '../MapScreen.tsx';
import { useRemote } from '../planning/useRemote.ts';
import { announce } from './announce.ts';
import { HerePanel } from './HerePanel.tsx';
import { currentPosition, LocateError, type LocateFailure } from './locate.ts';
import { NearestPanel } from './NearestPanel.tsx';
import { inTerritory, type Place } from './place.ts';
import { PlaceSearch } from './PlaceSearch.tsx';
import { fetchHere, type SearchResult } from './public-api.ts';
import { PLACES_SOURCE, TERMINALS_SOURCE, type MarkedPlaceKind } from './public-map-style.ts';
import { useNearestTerminals, type NearestState } from './useNearestTerminals.ts';
import { useOnline } from './useOnline.ts';
import { usePublicFormat } from './usePublicFormat.ts';
import './public.css';

// MapLibre is most of the client's weight: the sheet works without it, the map follows when it comes.
const PublicMap = lazy(() => import('./PublicMap.tsx').then((module) => ({ default: module.PublicMap })));
// The report form (issue 10) carries the shared schema: it comes when someone opens it.
const ReportProblem = lazy(() =>
  import('../requests/ReportProblem.tsx').then((module) => ({ default: module.ReportProblem })),
);

const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };
/** How close a place chosen in the search box is shown when its terminals cannot be fitted. */
const PLACE_ZOOM = 13;

type Spot = { lon: number; lat: number; mine?: boolean };

/** The place and its working terminals in view; the place alone when there are none. */
function fitTarget(nearest: NearestState): FlyTarget | null {
  const place = nearest.shown?.place ?? nearest.place;
  if (!place) return null;
  const points = [place, ...(nearest.shown?.answer.terminals ?? [])];
  if (points.length < 2) return { center: [place.lon, place.lat], zoom: PLACE_ZOOM };
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  return { bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}

export function PublicScreen({ data, url, updateUrl }: ScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = usePublicFormat();
  const online = useOnline();
  const shell = useMapShell(data.config, updateUrl);

  const [nearest, askNearest] = useNearestTerminals();
  const [mode, setMode] = useState<'nearest' | 'here'>('nearest');
  const [spot, setSpot] = useState<Spot | null>(null);
  const loadHere = useMemo(
    () => (spot ? (signal: AbortSignal) => fetchHere(spot.lon, spot.lat, signal) : null),
    [spot],
  );
  const here = useRemote(loadHere);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<LocateFailure | 'outside' | null>(null);
  const [flyTarget, setFlyTarget] = useState<FlyTarget | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [reporting, setReporting] = useState(false);
  // Where the reader stands, from "Près de moi", until they move the map themselves: "Ce point"
  // then describes their spot, not the centre of the view fitted around their terminals (issue #9).
  const [position, setPosition] = useState<Spot | null>(null);
  const onViewChange = useCallback<MapViewProps['onViewChange']>(
    (view, viewport, move) => {
      if (move.byUser) setPosition(null);
      shell.onViewChange(view, viewport);
    },
    [shell.onViewChange],
  );

  // Each answer to a question asked here brings its terminals into view (not the saved list on opening).
  useEffect(() => {
    if (nearest.answers > 0) setFlyTarget(fitTarget(nearest));
  }, [nearest.answers]); // on each new answer only

  const ask = useCallback(
    (place: Place) => {
      setMode('nearest');
      askNearest(place);
    },
    [askNearest],
  );
  const onLocate = () => {
    setLocating(true);
    setLocateError(null);
    currentPosition(navigator.geolocation)
      .then(({ lon, lat }) => {
        if (inTerritory(lon, lat)) {
          setPosition({ lon, lat });
          ask({ kind: 'position', lon, lat, label: null });
        } else setLocateError('outside');
      })
      .catch((error: unknown) => setLocateError(error instanceof LocateError ? error.reason : 'unavailable'))
      .finally(() => setLocating(false));
  };
  const onChoose = useCallback(
    (result: SearchResult) => {
      setLocateError(null);
      setPosition(null);
      ask({ kind: 'search', lon: result.lon, lat: result.lat, label: result.label });
    },
    [ask],
  );
  const askHere = useCallback((lon: number, lat: number, mine = false) => {
    setSpot({ lon, lat, mine });
    setMode('here');
    setReporting(false);
  }, []);
  const onTap = useCallback((lon: number, lat: number) => askHere(lon, lat), [askHere]);
  const onThisSpot = () => {
    if (position) askHere(position.lon, position.lat, true);
    else if (url.view) askHere(url.view.lon, url.view.lat);
  };

  const shown = mode === 'nearest' ? nearest.shown : null;
  const places = useMemo(() => {
    const marked: { kind: MarkedPlaceKind; lon: number; lat: number }[] = [];
    if (mode === 'here' && spot) marked.push({ kind: 'spot', lon: spot.lon, lat: spot.lat });
    if (shown) marked.push({ kind: shown.place.kind, lon: shown.place.lon, lat: shown.place.lat });
    return marked;
  }, [mode, spot, shown]);

  // A report is about the spot shown, else where the reader stands, else the middle of the map.
  const reportPlace = mode === 'here' && spot ? spot : (position ?? url.view);
  const reportWords =
    mode === 'here' && spot
      ? t(spot.mine ? 'requests.report.placeOfPosition' : 'requests.report.placeOfSpot')
      : position
        ? t('requests.report.placeOfPosition')
        : t('requests.report.placeOfMap');
  const communeName = (insee: string) =>
    data.communes.find((commune) => commune.insee === insee)?.name ?? insee;

  const announcement = announce(t, format, language, {
    locating,
    mode,
    here,
    nearest,
  });

  return (
    <div className="public" data-sheet={expanded ? 'expanded' : 'collapsed'}>
      <div className="public__map">
        <Suspense fallback={<div className="map-view map-view--loading" aria-hidden="true" />}>
          <PublicMap
            view={{
              mapStyle: shell.mapStyle,
              view: url.view,
              locale: shell.locale,
              label: t('public.mapLabel'),
              fitPadding: FIT_PADDING,
              dataLoaded: shell.loaded([PLACES_SOURCE, TERMINALS_SOURCE]),
              onViewChange,
            }}
            layers={{
              offlineBasemap: shell.offlineBasemap,
              communes: data.communes,
              viewport: shell.viewport,
              onStatus: shell.onStatus,
              terminals: shown?.answer.terminals ?? [],
              unavailable: shown?.answer.unavailable ?? [],
              places,
              flyTarget,
              onTap,
            }}
          />
        </Suspense>
        <div className="public__crosshair" aria-hidden="true" />
      </div>
      <section className="public__sheet" aria-label={t('public.panel')}>
        <div className="public__controls">
          <PlaceSearch onChoose={onChoose} online={online} />
          <div className="public__actions">
            <button
              type="button"
              className="public__action public__action--locate"
              onClick={onLocate}
              aria-busy={locating}
            >
              <span className="public__action-name">{t('public.locate.button')}</span>
              <span className="public__action-hint">
                {t(locating ? 'public.locate.locating' : 'public.locate.hint')}
              </span>
            </button>
            <button type="button" className="public__action public__action--spot" onClick={onThisSpot}>
              <span className="public__action-name">{t('public.point.button')}</span>
              <span className="public__action-hint">
                {t(position ? 'publicReach.spotHintPosition' : 'public.point.hint')}
              </span>
            </button>
            <button
              type="button"
              className="public__action public__action--report"
              aria-expanded={reporting}
              onClick={() => {
                setReporting(true);
                setExpanded(true);
              }}
            >
              <span className="public__action-name">{t('requests.report.button')}</span>
              <span className="public__action-hint">{t('requests.report.buttonHint')}</span>
            </button>
          </div>
          {locateError && (
            <p className="public__alert" role="alert">
              {t(`public.locate.${locateError}`)}
            </p>
          )}
        </div>
        <div className="public__results" id="public-results" aria-busy={locating}>
          <button
            type="button"
            className="public__sheet-toggle"
            aria-expanded={expanded}
            aria-controls="public-results"
            aria-label={t(expanded ? 'public.sheet.collapse' : 'public.sheet.expand')}
            onClick={() => setExpanded((open) => !open)}
          />
          {reporting ? (
            <Suspense fallback={<p className="public__note">{t('app.loading')}</p>}>
              <ReportProblem
                place={reportPlace ? { lon: reportPlace.lon, lat: reportPlace.lat } : null}
                placeWords={reportWords}
                communeName={communeName}
                onClose={() => setReporting(false)}
              />
            </Suspense>
          ) : mode === 'here' ? (
            <HerePanel
              here={here}
              mine={spot?.mine === true}
              online={online}
              format={format}
              onNearestWifi={ask}
            />
          ) : (
            <NearestPanel nearest={nearest} online={online} format={format} />
          )}
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>
    </div>
  );
}
