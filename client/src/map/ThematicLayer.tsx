// One catalogue layer on the map, under the place names, narrowed by its legends: from the
// server's vector tiles when the layer is large (vector-tiles.ts), else its source filled from
// /api/layers/:id for the current view, clustered when the layer is.
import { useCallback, useEffect, useMemo } from 'react';
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { fetchLayerData, type LayerData, type LayerInfo } from '../api.ts';
import { legendQueryFilters } from '../legend-filters.ts';
import { useMap } from './map-context.ts';
import { clusterOptions, thematicStyleLayers } from './thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from './useGeoJsonLayer.ts';
import { useVectorTileLayer } from './useVectorTileLayer.ts';
import { allOf, legendTileFilter, tileUrl, usesVectorTiles } from './vector-tiles.ts';
import type { Viewport } from './viewport.ts';

export interface ThematicLayerProps {
  info: LayerInfo;
  visible: boolean;
  /** Legend values to show; null for all of them. */
  selected: readonly string[] | null;
  /** The extra legends' filter (legend-filters.ts, extraLegendFilter), applied on the map. */
  mapFilter: FilterSpecification | null;
  viewport: Viewport | null;
  /** Bumped when the layer's data changed on the server (an edit): the data is asked for again. */
  revision?: number;
  onStatus: (layerId: string, status: LayerStatus) => void;
}

const nothing: LayerData = { type: 'FeatureCollection', features: [] };

/** After the source hook's own effect has added the layers: each keeps its own filter (clusters or not). */
function useMapFilter(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  mapFilter: FilterSpecification | null,
) {
  const filterKey = JSON.stringify(mapFilter);
  useEffect(() => {
    const extra = JSON.parse(filterKey) as FilterSpecification | null;
    for (const layer of layers) {
      // Set even when null: a filter that was there must go when every value is shown again.
      if (!map.getLayer(layer.id)) continue;
      const own = 'filter' in layer ? layer.filter : undefined;
      map.setFilter(layer.id, allOf(own, extra));
    }
  }, [map, layers, filterKey]);
}

export function ThematicLayer(props: ThematicLayerProps) {
  return usesVectorTiles(props.info) ? <TiledLayer {...props} /> : <GeoJsonLayer {...props} />;
}

function GeoJsonLayer({
  info,
  visible,
  selected,
  mapFilter,
  viewport,
  revision = 0,
  onStatus,
}: ThematicLayerProps) {
  const map = useMap();
  const layers = useMemo(() => thematicStyleLayers(info), [info]);
  const filters = useMemo(() => legendQueryFilters(info, selected), [info, selected]);
  const load = useCallback(
    async (wanted: Viewport, signal: AbortSignal) =>
      filters === null
        ? nothing
        : fetchLayerData(info.id, { ...wanted, filters, fresh: revision > 0 }, signal),
    [info.id, filters, revision],
  );
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  const dataKey = `${JSON.stringify(filters)}#${revision}`;
  useGeoJsonLayer({
    map,
    sourceId: info.id,
    layers,
    visible,
    viewport,
    load,
    dataKey,
    cluster: clusterOptions(info),
    beneathLabels: true,
    onStatus: report,
  });
  useMapFilter(map, layers, mapFilter);
  return null;
}

/** The same style layers over the tiles, whose one MVT layer is named by the layer's id. */
function tiledStyleLayers(info: LayerInfo): LayerSpecification[] {
  return thematicStyleLayers(info).map(
    (layer) => ({ ...layer, 'source-layer': info.id }) as LayerSpecification,
  );
}

function TiledLayer({ info, visible, selected, mapFilter, revision = 0, onStatus }: ThematicLayerProps) {
  const map = useMap();
  const layers = useMemo(() => tiledStyleLayers(info), [info]);
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  useVectorTileLayer({
    map,
    sourceId: info.id,
    layers,
    visible,
    tiles: tileUrl(window.location.origin, info.id, revision),
    beneathLabels: true,
    onStatus: report,
  });
  // The legend, which a GeoJSON layer sends to the API, filters the tiles on the map.
  const filter = useMemo(
    () => allOf(legendTileFilter(info, selected), mapFilter),
    [info, selected, mapFilter],
  );
  useMapFilter(map, layers, filter);
  return null;
}
