// One catalogue layer (fibre, mobile sites, PO boxes, Wi-Fi, schools) under a commune's projects:
// only the commune's features, loaded once, drawn paler than the projects so that these stand out.
import { useCallback, useMemo } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerInfo } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { thematicStyleLayers } from '../map/thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { communeLayerData } from './commune-api.ts';

/** The data is the commune's whatever the view: one load. */
const WHOLE_COMMUNE: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

/** The catalogue's drawing, faded: context for the projects, not the subject. */
function faded(layer: LayerSpecification): LayerSpecification {
  switch (layer.type) {
    case 'fill':
      return { ...layer, paint: { ...layer.paint, 'fill-opacity': 0.15 } };
    case 'line':
      return { ...layer, paint: { ...layer.paint, 'line-opacity': 0.45 } };
    case 'circle':
      return {
        ...layer,
        paint: { ...layer.paint, 'circle-opacity': 0.45, 'circle-stroke-opacity': 0.45, 'circle-radius': 5 },
      };
    default:
      return layer;
  }
}

export interface InfrastructureLayerProps {
  info: LayerInfo;
  insee: string;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function InfrastructureLayer({ info, insee, onStatus }: InfrastructureLayerProps) {
  const map = useMap();
  const layers = useMemo(() => thematicStyleLayers(info).map(faded), [info]);
  const load = useCallback(() => communeLayerData(info.id, insee), [info.id, insee]);
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: info.id,
    layers,
    visible: true,
    viewport: WHOLE_COMMUNE,
    load,
    dataKey: insee,
    onStatus: report,
  });
  return null;
}
