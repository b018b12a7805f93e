// The offline basemap's two parts as components: land goes under everything, labels over it.
import { useCallback, useMemo } from 'react';
import { fetchLayerData, type CommuneSummary, type LayerData } from '../api.ts';
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

/** How the land is fetched for a view: the app's own API client, or the embed's (no credentials). */
export type LandFetcher = (wanted: Viewport, signal: AbortSignal) => Promise<LayerData>;

const fetchLand: LandFetcher = (wanted, signal) => fetchLayerData('communes', wanted, signal);

export function BasemapLand({
  viewport,
  onStatus,
  load = fetchLand,
}: BasemapPartProps & { viewport: Viewport | null; load?: LandFetcher }) {
  const map = useMap();
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
