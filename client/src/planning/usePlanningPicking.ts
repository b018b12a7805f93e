// Clicks on the Planning map: an uncovered place's circle selects it (the table follows), a white
// zone opens its popup. Circles win over the zone under them. Off while an area is being drawn,
// when clicks belong to the drawing tool.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { GAPS_CIRCLES, WHITE_ZONES_FILL } from './map-sources.ts';
import type { WhiteZoneProperties } from './planning-api.ts';

/** Small circles are hard to hit with a finger: a few pixels of slack. */
const SLACK_PX = 6;

export interface PickedWhiteZone {
  lngLat: [number, number];
  properties: WhiteZoneProperties;
}

export interface PlanningPickHandlers {
  onPlace: (key: string) => void;
  onWhiteZone: (zone: PickedWhiteZone) => void;
}

export function usePlanningPicking(map: MapLibreMap, enabled: boolean, handlers: PlanningPickHandlers) {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const canvas = map.getCanvas();
    const featuresAt = (event: MapMouseEvent) => {
      const layers = [GAPS_CIRCLES, WHITE_ZONES_FILL].filter((id) => map.getLayer(id));
      if (layers.length === 0) return [];
      const { x, y } = event.point;
      const box: [PointLike, PointLike] = [
        [x - SLACK_PX, y - SLACK_PX],
        [x + SLACK_PX, y + SLACK_PX],
      ];
      return map.queryRenderedFeatures(box, { layers });
    };
    const onMove = (event: MapMouseEvent) => {
      canvas.style.cursor = featuresAt(event).length > 0 ? 'pointer' : '';
    };
    const onClick = (event: MapMouseEvent) => {
      const features = featuresAt(event);
      const circle = features.find((feature) => feature.layer.id === GAPS_CIRCLES);
      if (circle) {
        handlersRef.current.onPlace(String(circle.properties.key));
        return;
      }
      const zone = features.find((feature) => feature.layer.id === WHITE_ZONES_FILL);
      if (zone) {
        handlersRef.current.onWhiteZone({
          lngLat: event.lngLat.toArray(),
          properties: zone.properties as WhiteZoneProperties,
        });
      }
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      canvas.style.cursor = '';
    };
  }, [map, enabled]);
}
