// One GeoJSON source and its style layers on the map, kept in step with React: added on mount,
// removed on unmount, shown or hidden with setLayoutProperty, refilled with setData when the
// viewport leaves the area last fetched (the pattern of react-map-gl's <Source>/<Layer>).
import { useEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerData } from '../api.ts';
import { addLayerInBand } from './label-order.ts';
import type { ClusterOptions } from './thematic-style.ts';
import { padViewport, viewportCovers, type Viewport } from './viewport.ts';

export type LayerStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface GeoJsonLayerOptions {
  map: MapLibreMap;
  sourceId: string;
  /** Style layers drawing the source, bottom first; memoise them, a new array re-adds them. */
  layers: readonly LayerSpecification[];
  visible: boolean;
  /** null until the map has reported where it looks. */
  viewport: Viewport | null;
  load: (viewport: Viewport, signal: AbortSignal) => Promise<LayerData>;
  /** What the data depends on besides the viewport (e.g. filters): a change refetches. */
  dataKey?: string;
  /**
   * MapLibre's tiling simplification in pixels (default 0.375); at 0 no feature is dropped for
   * being smaller than a pixel, for layers where every feature must count at every zoom.
   */
  tolerance?: number;
  /** Gather the source's points into clusters (MapLibre's own supercluster) up to a zoom. */
  cluster?: ClusterOptions | null;
  /** Data, not names: the layers go under the basemap's labels (and in their band, label-order.ts). */
  beneathLabels?: boolean;
  onStatus?: (status: LayerStatus) => void;
}

const emptyCollection: LayerData = { type: 'FeatureCollection', features: [] };

const visibility = (visible: boolean) => (visible ? 'visible' : 'none');

export function useGeoJsonLayer({
  map,
  sourceId,
  layers,
  visible,
  viewport,
  load,
  dataKey = '',
  tolerance,
  cluster = null,
  beneathLabels = false,
  onStatus,
}: GeoJsonLayerOptions) {
  // The latest callbacks and visibility, read by effects that must not re-run when they change.
  const loadRef = useRef(load);
  const onStatusRef = useRef(onStatus);
  const visibleRef = useRef(visible);
  useEffect(() => {
    loadRef.current = load;
    onStatusRef.current = onStatus;
    visibleRef.current = visible;
  });
  /** The (padded) viewport whose data the source holds now. */
  const loadedRef = useRef<Viewport | null>(null);
  const loadedKeyRef = useRef(dataKey);

  useEffect(() => {
    map.addSource(sourceId, {
      type: 'geojson',
      data: emptyCollection,
      ...(tolerance === undefined ? {} : { tolerance }),
      ...(cluster ? { cluster: true, clusterRadius: cluster.radius, clusterMaxZoom: cluster.maxZoom } : {}),
    });
    for (const layer of layers) {
      if (beneathLabels) addLayerInBand(map, layer);
      else map.addLayer(layer);
      if (!visibleRef.current) map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
    loadedRef.current = null;
    return () => {
      // The map may already be gone when the whole view unmounts.
      if (!map.style) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
  }, [map, sourceId, layers, tolerance, cluster, beneathLabels]);

  useEffect(() => {
    for (const layer of layers) {
      if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'visibility', visibility(visible));
    }
  }, [map, layers, visible]);

  useEffect(() => {
    if (!visible || !viewport) return;
    const sameData = loadedKeyRef.current === dataKey;
    if (sameData && loadedRef.current && viewportCovers(loadedRef.current, viewport)) return;
    const wanted = padViewport(viewport);
    const controller = new AbortController();
    onStatusRef.current?.('loading');
    loadRef
      .current(wanted, controller.signal)
      .then(async (data) => {
        const source = map.getSource<GeoJSONSource>(sourceId);
        if (!source || controller.signal.aborted) return;
        await source.setData(data);
        loadedRef.current = wanted;
        loadedKeyRef.current = dataKey;
        if (!controller.signal.aborted) onStatusRef.current?.('loaded');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(`Layer ${sourceId}: could not load data`, error);
        onStatusRef.current?.('error');
      });
    return () => controller.abort();
  }, [map, sourceId, layers, visible, viewport, dataKey]);
}
