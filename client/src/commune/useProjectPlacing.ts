// Placing a new project on a commune's map (issue 10): while `active`, one click on the map gives
// its position and the map's container says so (data-placing="ready", a crosshair cursor). The
// click that places picks nothing: `clickPlaces()` tells the picking handlers to stand aside.
import { useCallback, useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Position } from '../editing/edit-api.ts';

/** The click that placed a point may reach handlers registered after this one: not a pick. */
const PLACING_CLICK_MS = 500;

export function useProjectPlacing(
  map: MapLibreMap,
  active: boolean,
  onPlace: (position: Position) => void,
): () => boolean {
  const state = useRef({ active, placedAt: 0, onPlace });
  useEffect(() => {
    state.current.active = active;
    state.current.onPlace = onPlace;
  });

  useEffect(() => {
    if (!active) return;
    const container = map.getContainer();
    const canvas = map.getCanvas();
    container.dataset.placing = 'ready';
    canvas.style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) => {
      state.current.placedAt = Date.now();
      state.current.onPlace([event.lngLat.lng, event.lngLat.lat]);
    };
    map.once('click', onClick);
    return () => {
      map.off('click', onClick);
      delete container.dataset.placing;
      canvas.style.cursor = '';
    };
  }, [map, active]);

  return useCallback(
    () => state.current.active || Date.now() - state.current.placedAt < PLACING_CLICK_MS,
    [],
  );
}
