// The provinces' outlines over the communes' tints: dissolved once, for the whole territory, from
// the communes layer simplified for zoom 9 (finer than a pixel at the territory's zoom).
import { useCallback } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fetchLayerData } from '../api.ts';
import { useMap } from './map-context.ts';
import { provinceOutlines } from './province-outlines.ts';
import { useGeoJsonLayer } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

export const PROVINCE_SOURCE = 'province-outlines';

const TERRITORY: Viewport = { bbox: [158, -26, 174, -16], zoom: 9 };

const layers: LayerSpecification[] = [
  {
    id: 'province-outlines',
    type: 'line',
    source: PROVINCE_SOURCE,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': '#3d3a33',
      'line-opacity': 0.75,
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 10, 2.5, 14, 4],
    },
  },
];

export function ProvinceOutlines() {
  const map = useMap();
  const load = useCallback(
    async (_wanted: Viewport, signal: AbortSignal) =>
      provinceOutlines(await fetchLayerData('communes', TERRITORY, signal)),
    [],
  );
  useGeoJsonLayer({
    map,
    sourceId: PROVINCE_SOURCE,
    layers,
    visible: true,
    viewport: TERRITORY,
    load,
    beneathLabels: true,
  });
  return null;
}
