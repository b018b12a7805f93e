// One catalogue layer on the map: its source filled from /api/layers/:id for the current view,
// clustered when the layer is, under the place names, narrowed by its legends.
import { useCallback, useEffect, useMemo } from 'react';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fetchLayerData, type LayerData, type LayerInfo } from '../api.ts';
import { legendQueryFilters } from '../legend-filters.ts';
import { useMap } from './map-context.ts';
import { clusterOptions, thematicStyleLayers } from './thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from './useGeoJsonLayer.ts';
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

export function ThematicLayer({
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

  // After the hook's own effect has added the layers: each keeps its own filter (clusters or not).
  const filterKey = JSON.stringify(mapFilter);
  useEffect(() => {
    const extra = JSON.parse(filterKey) as FilterSpecification | null;
    for (const layer of layers) {
      if (!map.getLayer(layer.id) || !('filter' in layer || extra)) continue;
      const own = 'filter' in layer ? layer.filter : undefined;
      const combined = own && extra ? (['all', own, extra] as FilterSpecification) : (extra ?? own ?? null);
      map.setFilter(layer.id, combined);
    }
  }, [map, layers, filterKey]);
  return null;
}
