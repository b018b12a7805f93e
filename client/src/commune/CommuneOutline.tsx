// The commune on its map: the land around it veiled, its boundary drawn strong. The veil is one
// polygon, the world's edge with the commune's parts cut out of it.
import { useCallback, useMemo } from 'react';
import type { Polygon, Position } from 'geojson';
import type { LayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import type { CommuneOutline as Outline } from './commune-api.ts';
import { OUTLINE_SOURCE, outlineLayers } from './project-style.ts';

/** Beyond the map's own panning limits. */
const VEIL_EDGE: Position[] = [
  [150, -30],
  [180, -30],
  [180, -10],
  [150, -10],
  [150, -30],
];
const ANY_VIEW: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

function outlineData(outline: Outline | null): LayerData {
  if (!outline) return { type: 'FeatureCollection', features: [] };
  const veil: Polygon = {
    type: 'Polygon',
    coordinates: [VEIL_EDGE, ...outline.geometry.coordinates.flatMap((polygon) => polygon.slice(0, 1))],
  };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: veil, properties: { part: 'mask' } },
      { type: 'Feature', geometry: outline.geometry, properties: { part: 'commune' } },
    ],
  };
}

export interface CommuneOutlineProps {
  outline: Outline | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function CommuneOutline({ outline, onStatus }: CommuneOutlineProps) {
  const map = useMap();
  const data = useMemo(() => outlineData(outline), [outline]);
  const load = useCallback(() => Promise.resolve(data), [data]);
  const report = useCallback((status: LayerStatus) => onStatus(OUTLINE_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: OUTLINE_SOURCE,
    layers: outlineLayers,
    visible: true,
    viewport: outline ? ANY_VIEW : null,
    load,
    dataKey: outline ? String(outline.id) : '',
    onStatus: report,
  });
  return null;
}
