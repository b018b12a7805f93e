// Approximate commune boundaries. The official ones (EPSG:3163, published by the government's
// geographic portal) are not shipped, so the land is shared out among the communes' towns and
// centroids: whole islands where that is unambiguous, Voronoi cells on Grande Terre.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import type { CommuneFact } from './communes.ts';
import { distanceToIslandBoxKm, distanceToIslandKm, type Island } from './land.ts';
import { cleanMultiPolygon, clipToArea, polygonsOf } from './polygons.ts';
import { snapInside } from './point-placement.ts';

export interface CommuneArea {
  insee: string;
  /** The town point, moved onto land when the 1:10m coast leaves it offshore. */
  town: [number, number];
  /** True when `town` differs from the reference fact. */
  townSnapped: boolean;
  geom: MultiPolygon;
}

interface Seed {
  insee: string;
  /** Position on its island. */
  at: [number, number];
  island: number;
}

/** Index of the island nearest to the point: containment first, then distance to the coast. */
function nearestIsland(point: Position, land: readonly Island[]): number {
  let best = 0;
  let bestKm = Infinity;
  land.forEach((island, i) => {
    if (distanceToIslandBoxKm(point, island) >= bestKm) return;
    const km = distanceToIslandKm(point, island);
    if (km < bestKm) [best, bestKm] = [i, km];
  });
  return best;
}

/** The seed nearest to an island's coast. */
function nearestSeed(seeds: readonly Seed[], island: Island): Seed {
  let best = seeds[0]!;
  let bestKm = Infinity;
  for (const seed of seeds) {
    if (distanceToIslandBoxKm(seed.at, island) >= bestKm) continue;
    const km = distanceToIslandKm(seed.at, island);
    if (km < bestKm) [best, bestKm] = [seed, km];
  }
  return best;
}

/**
 * Voronoi cells of the seeds, clipped to the island. Cells are drawn in a local equirectangular
 * frame (longitude scaled by cos(latitude)) so that, at 21°S, the boundary between two towns
 * lies halfway between them on the ground rather than in degrees.
 */
function voronoiPieces(seeds: readonly Seed[], island: Island): Feature<Polygon | MultiPolygon>[] {
  const [minX, minY, maxX, maxY] = island.bbox;
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const margin = 0.1;
  const points = turf.featureCollection(
    seeds.map((s) => turf.point([s.at[0] * k, s.at[1]], { insee: s.insee })),
  );
  const cells = turf.voronoi(points, {
    bbox: [(minX - margin) * k, minY - margin, (maxX + margin) * k, maxY + margin],
  });
  const pieces: Feature<Polygon | MultiPolygon>[] = [];
  for (const cell of cells.features) {
    const insee = String(cell.properties?.insee);
    const unscaled = turf.polygon(
      cell.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x / k, y])),
    );
    const piece = clipToArea(unscaled, island.polygon, { insee });
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** One approximate MultiPolygon per commune, in the order of the facts. */
export function buildCommuneAreas(facts: readonly CommuneFact[], land: readonly Island[]): CommuneArea[] {
  const seeds: Seed[] = [];
  const towns = new Map<string, [number, number]>();
  for (const f of facts) {
    for (const [kind, point] of [
      ['town', f.town],
      ['centroid', f.centroid],
    ] as const) {
      const island = nearestIsland(point, land);
      const at = snapInside(point, land[island]!.polygon);
      seeds.push({ insee: f.insee, at, island });
      if (kind === 'town') towns.set(f.insee, at);
    }
  }

  const pieces = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  const give = (insee: string, piece: Feature<Polygon | MultiPolygon>) =>
    pieces.set(insee, [...(pieces.get(insee) ?? []), piece]);

  land.forEach((island, i) => {
    const here = seeds.filter((s) => s.island === i);
    const communes = new Set(here.map((s) => s.insee));
    if (communes.size === 0) {
      // A seedless island (Ouen, Mouli, Yandé, Balabio) goes to the commune of the nearest seed.
      give(nearestSeed(seeds, island).insee, island.polygon);
    } else if (communes.size === 1) {
      give([...communes][0]!, island.polygon);
    } else {
      for (const piece of voronoiPieces(here, island)) give(String(piece.properties?.insee), piece);
    }
  });

  return facts.map((f) => {
    const own = pieces.get(f.insee) ?? [];
    const merged = own.length > 1 ? turf.union(turf.featureCollection(own)) : own[0];
    const geom = cleanMultiPolygon(merged ? polygonsOf(merged) : []);
    if (geom.coordinates.length === 0) throw new Error(`commune ${f.insee} (${f.name}) got no land`);
    const town = towns.get(f.insee)!;
    return { insee: f.insee, town, townSnapped: town[0] !== f.town[0] || town[1] !== f.town[1], geom };
  });
}
