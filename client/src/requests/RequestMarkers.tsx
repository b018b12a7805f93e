// The queue's requests on its map (issue 10): a dot per request coloured by status, the one chosen
// ringed; a click on a dot chooses its request. Lives inside <MapView>.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import type { LayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { featuresAt } from '../popup/useFeaturePicking.ts';
import { requestPoints } from './request-queue.ts';
import {
  REQUEST_POINTS,
  REQUEST_SELECTED,
  requestLayers,
  REQUESTS_SOURCE,
  selectedFilter,
} from './request-style.ts';
import type { RequestItem } from './requests-api.ts';

/** The points come whole from the list: any view holds them all. */
const ANY_VIEW: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

export interface RequestMarkersProps {
  /** The requests listed (the filters applied); null until they have loaded. */
  requests: readonly RequestItem[] | null;
  selected: number | null;
  onSelect: (id: number) => void;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function RequestMarkers({ requests, selected, onSelect, onStatus }: RequestMarkersProps) {
  const map = useMap();
  const data = useMemo<LayerData | null>(() => (requests ? requestPoints(requests) : null), [requests]);
  const dataKey = useMemo(() => (requests ?? []).map((r) => `${r.id}:${r.status}`).join(','), [requests]);
  const load = useCallback(async () => data ?? { type: 'FeatureCollection' as const, features: [] }, [data]);
  const report = useCallback((status: LayerStatus) => onStatus(REQUESTS_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: REQUESTS_SOURCE,
    layers: requestLayers,
    visible: true,
    viewport: data ? ANY_VIEW : null,
    load,
    dataKey,
    tolerance: 0,
    onStatus: report,
  });

  useEffect(() => {
    if (map.getLayer(REQUEST_SELECTED)) map.setFilter(REQUEST_SELECTED, selectedFilter(selected));
  }, [map, selected, dataKey]);

  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });
  useEffect(() => {
    const canvas = map.getCanvas();
    const onMove = (event: MapMouseEvent) => {
      canvas.style.cursor = featuresAt(map, event, [REQUEST_POINTS]).length > 0 ? 'pointer' : '';
    };
    const onClick = (event: MapMouseEvent) => {
      const [hit] = featuresAt(map, event, [REQUEST_POINTS]);
      if (hit) onSelectRef.current(Number(hit.properties.id));
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      canvas.style.cursor = '';
    };
  }, [map]);
  return null;
}
