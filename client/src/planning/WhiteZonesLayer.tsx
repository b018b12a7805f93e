// White zones: land no mobile service reaches, from /api/gaps/white-zones for the whole territory
// (simplified for the zoom), drawn white with a dashed edge over the communes' colours.
import { useCallback, useMemo } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { TERRITORY_BBOX, WHITE_ZONES_FILL, WHITE_ZONES_SOURCE } from './map-sources.ts';
import { fetchWhiteZones } from './planning-api.ts';

const layers: LayerSpecification[] = [
  {
    id: WHITE_ZONES_FILL,
    type: 'fill',
    source: WHITE_ZONES_SOURCE,
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 },
  },
  {
    id: `${WHITE_ZONES_SOURCE}-outline`,
    type: 'line',
    source: WHITE_ZONES_SOURCE,
    paint: { 'line-color': '#343a40', 'line-width': 1.2, 'line-dasharray': [3, 2] },
  },
];

export interface WhiteZonesLayerProps {
  visible: boolean;
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function WhiteZonesLayer({ visible, viewport, onStatus }: WhiteZonesLayerProps) {
  const map = useMap();
  const load = useCallback(
    (wanted: Viewport, signal: AbortSignal) => fetchWhiteZones(wanted.zoom, signal),
    [],
  );
  const report = useCallback((status: LayerStatus) => onStatus(WHITE_ZONES_SOURCE, status), [onStatus]);
  // The endpoint answers for the whole territory: only a new zoom (another simplification) reloads.
  const zoom = viewport?.zoom;
  const territory = useMemo<Viewport | null>(
    () => (zoom === undefined ? null : { bbox: TERRITORY_BBOX, zoom }),
    [zoom],
  );
  useGeoJsonLayer({
    map,
    sourceId: WHITE_ZONES_SOURCE,
    layers,
    visible,
    viewport: territory,
    load,
    onStatus: report,
  });
  return null;
}
