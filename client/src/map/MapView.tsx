// The one component that owns the MapLibre map: creates it, reports where it looks, follows
// views asked for from outside (a pasted link), and hands the loaded map to its children.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapViewState } from '../url-state.ts';
import { rememberBasemap } from './label-order.ts';
import { MapContext } from './map-context.ts';
import { viewportOf, type Viewport } from './viewport.ts';

// Under Vite the worker must be given as its own URL, or the map never fires `load`.
maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map once loaded, for the browser tests and for debugging from the console. */
    __map?: maplibregl.Map;
  }
}

/** New Caledonia, Grande Terre to the Loyalty Islands: the first view without a link. */
export const NEW_CALEDONIA_BOUNDS: [number, number, number, number] = [163.5, -22.8, 168.2, -19.5];
/** Panning stops a little beyond the territory: there is no data further out. */
const MAX_BOUNDS: [number, number, number, number] = [158, -26, 174, -16];
/** Let a pan or zoom settle before asking the server for data. */
const MOVE_DEBOUNCE_MS = 200;

export interface MapViewProps {
  mapStyle: StyleSpecification | string;
  /** The view a link asks for; the map follows it when it differs from what it reported. */
  view: MapViewState | null;
  /** MapLibre's own interface strings (control titles), read when the map is created. */
  locale: Record<string, string>;
  label: string;
  /** Room kept clear around the territory on the first view, e.g. for a panel over the map. */
  fitPadding: { top: number; right: number; bottom: number; left: number };
  /** Every visible layer holds its first data: the next `idle` marks the map ready. */
  dataLoaded: boolean;
  /** `byUser`: the reader moved the map (a drag, a pinch, a button), not a flight asked for. */
  onViewChange: (view: MapViewState, viewport: Viewport, move: { byUser: boolean }) => void;
  children?: ReactNode;
}

const viewOf = (map: maplibregl.Map): MapViewState => {
  const center = map.getCenter();
  return { zoom: map.getZoom(), lat: center.lat, lon: center.lng };
};

export function MapView(props: MapViewProps) {
  const { mapStyle, view, locale, label, fitPadding, dataLoaded, onViewChange, children } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const reportedViewRef = useRef<MapViewState | null>(view);
  const onViewChangeRef = useRef(onViewChange);
  useEffect(() => {
    onViewChangeRef.current = onViewChange;
  });
  // Read once: the map is created a single time, later changes go through targeted calls.
  const initialRef = useRef({ mapStyle, view, locale, fitPadding });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const {
      mapStyle: style,
      view: initialView,
      locale: initialLocale,
      fitPadding: padding,
    } = initialRef.current;
    const instance = new maplibregl.Map({
      container,
      style,
      ...(initialView
        ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom }
        : { bounds: NEW_CALEDONIA_BOUNDS, fitBoundsOptions: { padding } }),
      maxBounds: MAX_BOUNDS,
      locale: initialLocale,
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    instance.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');

    let timer: ReturnType<typeof setTimeout> | undefined;
    let movedByUser = false;
    const report = () => {
      const current = viewOf(instance);
      reportedViewRef.current = current;
      onViewChangeRef.current(current, viewportOf(instance), { byUser: movedByUser });
      movedByUser = false;
    };
    const onMoveEnd = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) movedByUser = true;
      clearTimeout(timer);
      timer = setTimeout(report, MOVE_DEBOUNCE_MS);
    };
    instance.on('moveend', onMoveEnd);
    instance.once('load', () => {
      rememberBasemap(instance);
      window.__map = instance;
      setMap(instance);
      report();
    });
    return () => {
      clearTimeout(timer);
      instance.off('moveend', onMoveEnd);
      if (window.__map === instance) delete window.__map;
      setMap(null);
      setReady(false);
      instance.remove();
    };
  }, []);

  // A view from outside (a link pasted or the hash edited); our own reports come back unchanged.
  useEffect(() => {
    if (!map || !view || view === reportedViewRef.current) return;
    const current = viewOf(map);
    const centerMoved = map.project([view.lon, view.lat]).dist(map.project([current.lon, current.lat])) > 1;
    if (centerMoved || Math.abs(view.zoom - current.zoom) > 0.01) {
      map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    }
  }, [map, view]);

  useEffect(() => {
    if (!map || !dataLoaded || ready) return;
    const markReady = () => setReady(true);
    map.once('idle', markReady);
    map.triggerRepaint();
    return () => {
      map.off('idle', markReady);
    };
  }, [map, dataLoaded, ready]);

  return (
    <>
      <div
        ref={containerRef}
        className="map-view"
        role="region"
        aria-label={label}
        data-map-ready={ready ? 'true' : undefined}
      />
      {map && <MapContext value={map}>{children}</MapContext>}
    </>
  );
}
