// The area being analysed, on the map: the drawn polygon, or the circle around the chosen centre
// (turf.circle, for display only: what is inside is decided by distance) with its centre.
import { useCallback, useMemo } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { shapeOutline, type AreaShape } from './area-figures.ts';
import { AREA_SOURCE, TERRITORY_BBOX } from './map-sources.ts';

const COLOR = '#0b4f8a';
const territory: Viewport = { bbox: TERRITORY_BBOX, zoom: 0 };

const layers: LayerSpecification[] = [
  {
    id: `${AREA_SOURCE}-fill`,
    type: 'fill',
    source: AREA_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': COLOR, 'fill-opacity': 0.12 },
  },
  {
    id: `${AREA_SOURCE}-outline`,
    type: 'line',
    source: AREA_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': COLOR, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
  },
  {
    id: `${AREA_SOURCE}-centre`,
    type: 'circle',
    source: AREA_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 5,
      'circle-color': COLOR,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
];

function outlineData(shape: AreaShape | null): LayerData {
  if (!shape) return { type: 'FeatureCollection', features: [] };
  const features: LayerData['features'] = [{ ...shapeOutline(shape), properties: {} }];
  if (shape.kind === 'circle') {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: shape.center },
      properties: {},
    });
  }
  return { type: 'FeatureCollection', features };
}

export function AreaOutline({ shape }: { shape: AreaShape | null }) {
  const map = useMap();
  const data = useMemo(() => outlineData(shape), [shape]);
  const load = useCallback(async () => data, [data]);
  const dataKey = useMemo(() => JSON.stringify(shape), [shape]);
  useGeoJsonLayer({ map, sourceId: AREA_SOURCE, layers, visible: true, viewport: territory, load, dataKey });
  return null;
}
