// The fibre rollout zones as they stood at the end of the chosen year: deployed by then in the
// deployed colour, every other zone as planned. The year only changes the layers' filters.
import { useCallback, useEffect } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fetchLayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { ROLLOUT_DEPLOYED, ROLLOUT_PLANNED, ROLLOUT_SOURCE } from './map-sources.ts';
import { DEPLOYED_COLOR, PLANNED_COLOR } from './rollout-figures.ts';
import { deployedBy, notDeployedBy } from './rollout-filters.ts';

const layers: LayerSpecification[] = [
  {
    id: ROLLOUT_PLANNED,
    type: 'fill',
    source: ROLLOUT_SOURCE,
    paint: { 'fill-color': PLANNED_COLOR, 'fill-opacity': 0.3 },
  },
  {
    id: `${ROLLOUT_PLANNED}-outline`,
    type: 'line',
    source: ROLLOUT_SOURCE,
    paint: { 'line-color': '#5c5c5c', 'line-width': 1.2, 'line-dasharray': [2, 2] },
  },
  {
    id: ROLLOUT_DEPLOYED,
    type: 'fill',
    source: ROLLOUT_SOURCE,
    paint: { 'fill-color': DEPLOYED_COLOR, 'fill-opacity': 0.75 },
  },
  {
    id: `${ROLLOUT_DEPLOYED}-outline`,
    type: 'line',
    source: ROLLOUT_SOURCE,
    paint: { 'line-color': '#0f5c45', 'line-width': 1.2 },
  },
];

export interface RolloutLayerProps {
  year: number;
  visible: boolean;
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function RolloutLayer({ year, visible, viewport, onStatus }: RolloutLayerProps) {
  const map = useMap();
  const load = useCallback(
    (wanted: Viewport, signal: AbortSignal) => fetchLayerData('fibre-zones', wanted, signal),
    [],
  );
  const report = useCallback((status: LayerStatus) => onStatus(ROLLOUT_SOURCE, status), [onStatus]);
  // Every zone counts, even one smaller than a pixel at the territory's zoom.
  useGeoJsonLayer({
    map,
    sourceId: ROLLOUT_SOURCE,
    layers,
    visible,
    viewport,
    load,
    tolerance: 0,
    onStatus: report,
  });

  useEffect(() => {
    for (const layer of layers) {
      if (!map.getLayer(layer.id)) continue;
      map.setFilter(layer.id, layer.id.startsWith(ROLLOUT_DEPLOYED) ? deployedBy(year) : notDeployedBy(year));
    }
  }, [map, year]);
  return null;
}
