// Communes coloured by the chosen indicator: commune outlines from /api/layers/communes for the
// view, painted by a `match` on the INSEE code (choropleth.ts) with setPaintProperty, so a new
// indicator or technology repaints without reloading a single polygon.
import { useCallback, useEffect, useMemo } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fetchLayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { NO_DATA_COLOR, type Choropleth } from './choropleth.ts';
import { CHOROPLETH_FILL, CHOROPLETH_SOURCE } from './map-sources.ts';

const layers: LayerSpecification[] = [
  {
    id: CHOROPLETH_FILL,
    type: 'fill',
    source: CHOROPLETH_SOURCE,
    paint: { 'fill-color': NO_DATA_COLOR, 'fill-opacity': 0.82 },
  },
  {
    id: `${CHOROPLETH_SOURCE}-outline`,
    type: 'line',
    source: CHOROPLETH_SOURCE,
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 2] },
  },
];

export interface IndicatorChoroplethProps {
  choropleth: Choropleth | null;
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function IndicatorChoropleth({ choropleth, viewport, onStatus }: IndicatorChoroplethProps) {
  const map = useMap();
  const load = useCallback(
    (wanted: Viewport, signal: AbortSignal) => fetchLayerData('communes', wanted, signal),
    [],
  );
  const report = useCallback((status: LayerStatus) => onStatus(CHOROPLETH_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: CHOROPLETH_SOURCE,
    layers,
    visible: true,
    viewport,
    load,
    onStatus: report,
  });

  const fillColor = useMemo(() => choropleth?.fillColor ?? NO_DATA_COLOR, [choropleth]);
  useEffect(() => {
    if (map.getLayer(CHOROPLETH_FILL)) map.setPaintProperty(CHOROPLETH_FILL, 'fill-color', fillColor);
  }, [map, fillColor]);
  return null;
}
