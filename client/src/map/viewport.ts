// What part of the map is on screen, in the terms the layer API asks for (bbox + whole zoom).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../api.ts';

export interface Viewport {
  bbox: BBox;
  /** Rounded: the server simplifies geometry per whole zoom level. */
  zoom: number;
}

export function viewportOf(map: MapLibreMap): Viewport {
  const bounds = map.getBounds();
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom: Math.round(map.getZoom()),
  };
}

/** The bbox grown by `ratio` of its size on every side, so small pans need no new request. */
export function padViewport({ bbox, zoom }: Viewport, ratio = 0.5): Viewport {
  const [west, south, east, north] = bbox;
  const dx = (east - west) * ratio;
  const dy = (north - south) * ratio;
  return {
    bbox: [
      Math.max(-180, west - dx),
      Math.max(-85, south - dy),
      Math.min(180, east + dx),
      Math.min(85, north + dy),
    ],
    zoom,
  };
}

/** True when data fetched for `loaded` is still right for `wanted`. */
export function viewportCovers(loaded: Viewport, wanted: Viewport): boolean {
  const [w1, s1, e1, n1] = loaded.bbox;
  const [w2, s2, e2, n2] = wanted.bbox;
  return loaded.zoom === wanted.zoom && w1 <= w2 && s1 <= s2 && e1 >= e2 && n1 >= n2;
}
