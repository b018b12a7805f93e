// The offline basemap's two parts as components: land goes under everything, labels over it.
import { useCallback, useMemo } from 'react';
import { fetchLayerData, type CommuneSummary } from '../api.ts';
import { useMap } from './map-context.ts';
import {
  communeLabelLayers,
  communeLabelPoints,
  LABEL_SOURCE,
  LAND_SOURCE,
  landLayers,
} from './offline-basemap.ts';
import { useGeoJsonLayer, type LayerStatus } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

interface BasemapPartProps {
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function BasemapLand({ viewport, onStatus }: BasemapPartProps & { viewport: Viewport | null }) {
  const map = useMap();
  const load = useCallback(
    (wanted: Viewport, signal: AbortSignal) => fetchLayerData('communes', wanted, signal),
    [],
  );
  const report = useCallback((status: LayerStatus) => onStatus(LAND_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: LAND_SOURCE,
    layers: landLayers,
    visible: true,
    viewport,
    load,
    onStatus: report,
  });
  return null;
}

/** Labels do not depend on the view: one load, for the whole territory. */
const WHOLE_TERRITORY: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

export function CommuneLabels({
  communes,
  onStatus,
}: BasemapPartProps & { communes: readonly CommuneSummary[] }) {
  const map = useMap();
  const points = useMemo(() => communeLabelPoints(communes), [communes]);
  const load = useCallback(() => Promise.resolve(points), [points]);
  const report = useCallback((status: LayerStatus) => onStatus(LABEL_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: LABEL_SOURCE,
    layers: communeLabelLayers,
    visible: true,
    viewport: WHOLE_TERRITORY,
    load,
    onStatus: report,
  });
  return null;
}
