// One vector tile source (the server's /tiles) and its style layers on the map, kept in step with
// React as useGeoJsonLayer keeps a GeoJSON source: added on mount, removed on unmount, shown or
// hidden with setLayoutProperty, pointed at new tile URLs with setTiles after an edit. MapLibre
// asks for the tiles of the view itself; the status follows its source events.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapSourceDataEvent, VectorTileSource } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { addLayerInBand } from './label-order.ts';
import type { LayerStatus } from './useGeoJsonLayer.ts';
import { TILE_SOURCE_MAX_ZOOM } from './vector-tiles.ts';

export interface VectorTileLayerOptions {
  map: MapLibreMap;
  sourceId: string;
  /** Style layers drawing the source (their `source-layer` set); memoise them. */
  layers: readonly LayerSpecification[];
  visible: boolean;
  /** The tile URL template, `…/{z}/{x}/{y}.mvt`. */
  tiles: string;
  /** Data, not names: the layers go under the basemap's labels (label-order.ts). */
  beneathLabels?: boolean;
  onStatus?: (status: LayerStatus) => void;
}

const visibility = (visible: boolean) => (visible ? 'visible' : 'none');

export function useVectorTileLayer({
  map,
  sourceId,
  layers,
  visible,
  tiles,
  beneathLabels = false,
  onStatus,
}: VectorTileLayerOptions) {
  const onStatusRef = useRef(onStatus);
  const visibleRef = useRef(visible);
  const tilesRef = useRef(tiles);
  const statusRef = useRef<LayerStatus>('idle');
  useEffect(() => {
    onStatusRef.current = onStatus;
    visibleRef.current = visible;
  });
  const report = (status: LayerStatus) => {
    if (statusRef.current === status) return;
    statusRef.current = status;
    onStatusRef.current?.(status);
  };
  const reportRef = useRef(report);

  useEffect(() => {
    map.addSource(sourceId, { type: 'vector', tiles: [tilesRef.current], maxzoom: TILE_SOURCE_MAX_ZOOM });
    for (const layer of layers) {
      if (beneathLabels) addLayerInBand(map, layer);
      else map.addLayer(layer);
      if (!visibleRef.current) map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
    const loaded = () => {
      if (visibleRef.current && map.getSource(sourceId) && map.isSourceLoaded(sourceId)) {
        reportRef.current('loaded');
      }
    };
    const onData = (event: MapSourceDataEvent) => {
      if (event.sourceId === sourceId && event.isSourceLoaded) loaded();
    };
    const onError = (event: { sourceId?: string; error?: unknown }) => {
      if (event.sourceId !== sourceId) return;
      console.error(`Layer ${sourceId}: could not load tiles`, event.error);
      reportRef.current('error');
    };
    map.on('sourcedata', onData);
    map.on('idle', loaded);
    map.on('error', onError);
    return () => {
      map.off('sourcedata', onData);
      map.off('idle', loaded);
      map.off('error', onError);
      // The map may already be gone when the whole view unmounts.
      if (!map.style) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
  }, [map, sourceId, layers, beneathLabels]);

  useEffect(() => {
    for (const layer of layers) {
      if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'visibility', visibility(visible));
    }
    if (visible) {
      reportRef.current('loading');
      // Tiles already held draw at once: no source event may come, the next idle says so.
      map.triggerRepaint();
    }
  }, [map, layers, visible]);

  useEffect(() => {
    if (tilesRef.current === tiles) return;
    tilesRef.current = tiles;
    map.getSource<VectorTileSource>(sourceId)?.setTiles([tiles]);
    if (visibleRef.current) reportRef.current('loading');
  }, [map, sourceId, tiles]);
}
