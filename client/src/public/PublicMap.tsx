// The public view's map, in a chunk of its own with MapLibre (issue #9): PublicScreen imports it
// lazily, so that search, "Près de moi" and the list answer on a weak link before the map arrives.
import type { ComponentProps } from 'react';
import { MapView, type MapViewProps } from '../map/MapView.tsx';
import { PublicMapLayers } from './PublicMapLayers.tsx';

export interface PublicMapProps {
  view: Omit<MapViewProps, 'children'>;
  layers: ComponentProps<typeof PublicMapLayers>;
}

export function PublicMap({ view, layers }: PublicMapProps) {
  return (
    <MapView {...view}>
      <PublicMapLayers {...layers} />
    </MapView>
  );
}
