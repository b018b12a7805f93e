// Snapping to the vertices of what the map already shows (issue 10, item 3): a new cable ends on
// a zone's corner, a zone follows its neighbour's edge. Terra Draw snaps to its own features; this
// gives it, as its custom snap, the nearest vertex of the catalogue layers drawn under the pointer.
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Position } from './edit-api.ts';

/** How close, in CSS pixels, the pointer must come to a vertex to land on it. */
export const SNAP_PIXELS = 10;

/** Every position of a GeoJSON geometry's coordinates, however deeply nested. */
export function positionsOf(coordinates: unknown): Position[] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    return [[coordinates[0], coordinates[1]]];
  }
  return coordinates.flatMap(positionsOf);
}

export interface SnapSources {
  /** The catalogue layers (map sources) whose vertices attract. */
  sources: readonly string[];
  /** The feature being reshaped: its old vertices must not pull its new ones back. */
  except?: { source: string; id: number };
}

const isExcepted = (feature: MapGeoJSONFeature, except: SnapSources['except']) =>
  except !== undefined && feature.source === except.source && Number(feature.properties.id) === except.id;

/** The vertex nearest to the pixel (x, y) within SNAP_PIXELS, among the sources' drawn features. */
export function nearestVertex(map: MapLibreMap, x: number, y: number, { sources, except }: SnapSources) {
  const layers = map
    .getStyle()
    .layers.filter((layer) => 'source' in layer && sources.includes(String(layer.source)))
    .map((layer) => layer.id);
  if (layers.length === 0) return undefined;
  const around: [[number, number], [number, number]] = [
    [x - SNAP_PIXELS, y - SNAP_PIXELS],
    [x + SNAP_PIXELS, y + SNAP_PIXELS],
  ];
  let best: { at: Position; distance: number } | undefined;
  for (const feature of map.queryRenderedFeatures(around, { layers })) {
    if (feature.properties.cluster === true || isExcepted(feature, except)) continue;
    for (const at of positionsOf((feature.geometry as { coordinates?: unknown }).coordinates)) {
      const pixel = map.project(at);
      const distance = Math.hypot(pixel.x - x, pixel.y - y);
      if (distance <= SNAP_PIXELS && (!best || distance < best.distance)) best = { at, distance };
    }
  }
  return best?.at;
}
