// One catalogue layer on the map: its source filled from /api/layers/:id for the current view.
import { useCallback, useMemo } from 'react';
import { fetchLayerData, type LayerData, type LayerInfo } from '../api.ts';
import { legendQueryFilters } from '../legend-filters.ts';
import { useMap } from './map-context.ts';
import { thematicStyleLayers } from './thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

export interface ThematicLayerProps {
  info: LayerInfo;
  visible: boolean;
  /** Legend values to show; null for all of them. */
  selected: readonly string[] | null;
  viewport: Viewport | null;
  onStatus: (layerId: string, status: LayerStatus) => void;
}

const nothing: LayerData = { type: 'FeatureCollection', features: [] };

export function ThematicLayer({ info, visible, selected, viewport, onStatus }: ThematicLayerProps) {
  const map = useMap();
  const layers = useMemo(() => thematicStyleLayers(info), [info]);
  const filters = useMemo(() => legendQueryFilters(info, selected), [info, selected]);
  const load = useCallback(
    async (wanted: Viewport, signal: AbortSignal) =>
      filters === null ? nothing : fetchLayerData(info.id, { ...wanted, filters }, signal),
    [info.id, filters],
  );
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  const dataKey = JSON.stringify(filters);
  useGeoJsonLayer({ map, sourceId: info.id, layers, visible, viewport, load, dataKey, onStatus: report });
  return null;
}
