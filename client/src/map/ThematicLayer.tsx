// One catalogue layer on the map: its source filled from /api/layers/:id for the current view.
import { useCallback, useMemo } from 'react';
import { fetchLayerData, type LayerInfo } from '../api.ts';
import { useMap } from './map-context.ts';
import { thematicStyleLayers } from './thematic-style.ts';
import { useGeoJsonLayer, type LayerStatus } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

export interface ThematicLayerProps {
  info: LayerInfo;
  visible: boolean;
  viewport: Viewport | null;
  onStatus: (layerId: string, status: LayerStatus) => void;
}

export function ThematicLayer({ info, visible, viewport, onStatus }: ThematicLayerProps) {
  const map = useMap();
  const layers = useMemo(() => thematicStyleLayers(info), [info]);
  const load = useCallback(
    (wanted: Viewport, signal: AbortSignal) => fetchLayerData(info.id, wanted, signal),
    [info.id],
  );
  const report = useCallback((status: LayerStatus) => onStatus(info.id, status), [info.id, onStatus]);
  useGeoJsonLayer({ map, sourceId: info.id, layers, visible, viewport, load, onStatus: report });
  return null;
}
