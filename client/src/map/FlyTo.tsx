// Moves the map to a place or an extent asked for from outside it (a row of a table, a commune
// chosen in a list). Each request is a new object, so asking twice for the same place flies there
// twice. MapLibre jumps instead of flying when the reader prefers reduced motion.
import { useEffect } from 'react';
import { useMap } from './map-context.ts';

export type FlyTarget =
  /** A place: the map never zooms out to get there. */
  | { center: [number, number]; zoom: number }
  /** An extent [west, south, east, north], fitted with some room around it. */
  | { bounds: [number, number, number, number] };

const FIT_PADDING_PX = 40;

export function FlyTo({ target }: { target: FlyTarget | null }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    if ('bounds' in target) map.fitBounds(target.bounds, { padding: FIT_PADDING_PX, maxZoom: 12 });
    else map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), target.zoom) });
  }, [map, target]);
  return null;
}
