// The one MapLibre map, handed by MapView to the hooks that draw on it.
import { createContext, useContext } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export const MapContext = createContext<MapLibreMap | null>(null);

/** The loaded map; only components rendered inside MapView may ask. */
export function useMap(): MapLibreMap {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap() needs a component rendered inside <MapView> once the map has loaded');
  return map;
}
