// What the embed's map draws, in drawing order: offline land, the chosen layers with the commune's
// features only, the land around the commune veiled, commune names on top; the map framed on the
// commune at once, and a feature's details in a popup on a click. Every load goes through
// embed-api.ts (no credentials).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommuneSummary, LayerInfo } from '../api.ts';
import type { CommuneOutline as Outline } from '../commune/commune-api.ts';
import { CommuneOutline } from '../commune/CommuneOutline.tsx';
import { BasemapLand, CommuneLabels, type LandFetcher } from '../map/BasemapLayers.tsx';
import { useMap } from '../map/map-context.ts';
import { drawingOrder, thematicStyleLayers } from '../map/thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { FeaturePopup } from '../popup/FeaturePopup.tsx';
import { useFeaturePicking, type PickedFeature } from '../popup/useFeaturePicking.ts';
import { fetchEmbedLayer } from './embed-api.ts';

/** Room around the commune, so that its boundary is not under the frame's edge. */
const FRAME_PADDING_PX = 24;
/**
 * A commune's data does not depend on the view: one load each. Never clustered (the full map
 * gathers points at the territory's zoom): a commune has few, and each is worth seeing.
 */
const WHOLE_TERRITORY: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

type OnStatus = (sourceId: string, status: LayerStatus) => void;

/** The offline basemap's land, fetched without credentials like everything here. */
const fetchEmbedLand: LandFetcher = (wanted, signal) => fetchEmbedLayer('communes', wanted, signal);

function EmbedLayer({ info, insee, onStatus }: { info: LayerInfo; insee: string; onStatus: OnStatus }) {
  const map = useMap();
  const layers = useMemo(() => thematicStyleLayers(info), [info]);
  const load = useCallback(
    (_wanted: Viewport, signal: AbortSignal) => fetchEmbedLayer(info.id, { commune: insee }, signal),
    [info.id, insee],
  );
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: info.id,
    layers,
    visible: true,
    viewport: WHOLE_TERRITORY,
    load,
    dataKey: insee,
    beneathLabels: true,
    onStatus: report,
  });
  return null;
}

export interface EmbedLayersProps {
  commune: CommuneSummary;
  layers: readonly LayerInfo[];
  communes: readonly CommuneSummary[];
  outline: Outline | null;
  offlineBasemap: boolean;
  viewport: Viewport | null;
  onStatus: OnStatus;
}

export function EmbedLayers({
  commune,
  layers,
  communes,
  outline,
  offlineBasemap,
  viewport,
  onStatus,
}: EmbedLayersProps) {
  const map = useMap();
  const [picked, setPicked] = useState<PickedFeature | null>(null);
  const ordered = useMemo(
    () => [...layers].sort((a, b) => drawingOrder[a.geometryType] - drawingOrder[b.geometryType]),
    [layers],
  );
  const styleLayerIds = useMemo(
    () => ordered.flatMap((info) => thematicStyleLayers(info).map((layer) => layer.id)),
    [ordered],
  );
  useFeaturePicking(map, styleLayerIds, setPicked);
  const [west, south, east, north] = commune.bbox;
  useEffect(() => {
    if (west === undefined || south === undefined || east === undefined || north === undefined) return;
    map.fitBounds([west, south, east, north], { padding: FRAME_PADDING_PX, animate: false });
  }, [map, west, south, east, north]);
  const pickedInfo = picked ? layers.find((info) => info.id === picked.layerId) : undefined;
  return (
    <>
      {offlineBasemap && <BasemapLand viewport={viewport} onStatus={onStatus} load={fetchEmbedLand} />}
      {ordered.map((info) => (
        <EmbedLayer key={info.id} info={info} insee={commune.insee} onStatus={onStatus} />
      ))}
      <CommuneOutline outline={outline} onStatus={onStatus} />
      {offlineBasemap && <CommuneLabels communes={communes} onStatus={onStatus} />}
      {picked && pickedInfo && (
        <FeaturePopup
          picked={picked}
          info={pickedInfo}
          onClose={(closed) => setPicked((current) => (current === closed ? null : current))}
        />
      )}
    </>
  );
}
