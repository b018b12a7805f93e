// The works that could share a trench, on the map: each pair joined by a line between a point of
// each (turf's pointOnFeature, which lies on the geometry itself), and the extent that frames both.
import { bbox, featureCollection, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { CoordinationPair, Project } from './commune-api.ts';

/** The key a pair goes by on the map and in the list: `18-150`. */
export const pairKey = (pair: Pick<CoordinationPair, 'a' | 'b'>) => `${pair.a.id}-${pair.b.id}`;

export type PairLinks = FeatureCollection<LineString, { key: string; distanceM: number }>;

/** One line per pair whose two projects are both known; pairs naming an unknown project are left out. */
export function pairLinks(pairs: readonly CoordinationPair[], projects: readonly Project[]): PairLinks {
  const byId = new Map(projects.map((project) => [project.properties.id, project]));
  const features: Feature<LineString, { key: string; distanceM: number }>[] = [];
  for (const pair of pairs) {
    const a = byId.get(pair.a.id);
    const b = byId.get(pair.b.id);
    if (!a || !b) continue;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [pointOnFeature(a).geometry.coordinates, pointOnFeature(b).geometry.coordinates],
      },
      properties: { key: pairKey(pair), distanceM: pair.distanceM },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** [west, south, east, north] around the projects given; null when none is known. */
export function projectsBounds(
  ids: readonly number[],
  projects: readonly Project[],
): [number, number, number, number] | null {
  const found = projects.filter((project) => ids.includes(project.properties.id));
  if (found.length === 0) return null;
  const [west, south, east, north] = bbox(featureCollection(found));
  return [west, south, east, north];
}
