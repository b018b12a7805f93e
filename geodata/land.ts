// New Caledonia's land: the island polygons of Natural Earth 1:10m (world-atlas), kept to the
// territory's extent. Every generated feature is placed on these polygons.
import { createRequire } from 'node:module';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as turf from '@turf/turf';
import { NC_EXTENT } from '../db/geometry.ts';

/** Natural Earth's ISO 3166-1 numeric id of New Caledonia. */
const NEW_CALEDONIA_ID = '540';

export interface Island {
  polygon: Feature<Polygon>;
  /** The outer ring as a line, for distances to the coast. */
  coast: Feature<LineString>;
  bbox: [number, number, number, number];
  areaKm2: number;
}

/** Six decimals (~0.1 m): the precision of everything the pipeline writes. */
export function roundCoord(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function roundPosition(p: Position): [number, number] {
  return [roundCoord(p[0] ?? NaN), roundCoord(p[1] ?? NaN)];
}

/** Rounds a ring and drops repeated consecutive points; null when fewer than 3 corners remain. */
export function cleanRing(ring: readonly Position[]): [number, number][] | null {
  const out: [number, number][] = [];
  for (const p of ring) {
    const q = roundPosition(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

export function insideExtent([lon, lat]: Position): boolean {
  const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
  return lon! > minLon && lon! < maxLon && lat! > minLat && lat! < maxLat;
}

function readCountries(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  const require = createRequire(import.meta.url);
  return require('world-atlas/countries-10m.json');
}

function loadIslands(): Island[] {
  const topology = readCountries();
  // Converting only our geometry object skips decoding the other 250 countries' arcs.
  const object = topology.objects.countries.geometries.find((g) => g.id === NEW_CALEDONIA_ID);
  const nc = object && feature(topology, object);
  if (
    !nc ||
    nc.type !== 'Feature' ||
    nc.properties?.name !== 'New Caledonia' ||
    nc.geometry.type !== 'MultiPolygon'
  ) {
    throw new Error(`world-atlas: feature ${NEW_CALEDONIA_ID} is not New Caledonia's MultiPolygon`);
  }
  const islands: Island[] = [];
  for (const rings of (nc.geometry as MultiPolygon).coordinates) {
    // Natural Earth's 1:10m islands have no holes; a hole would need a thought here.
    if (rings.length !== 1) throw new Error(`world-atlas: island with ${rings.length} rings`);
    const ring = cleanRing(rings[0] ?? []);
    // Hunter Island (171.3°E), claimed but outside the territory's extent, is dropped here.
    if (!ring || !ring.every(insideExtent)) continue;
    const polygon = turf.polygon([ring]);
    islands.push({
      polygon,
      coast: turf.lineString(ring),
      bbox: turf.bbox(polygon) as Island['bbox'],
      areaKm2: turf.area(polygon) / 1e6,
    });
  }
  // Largest first: islands[0] is Grande Terre. Ties cannot happen on real coastlines.
  return islands.sort((a, b) => b.areaKm2 - a.areaKm2);
}

let cached: Island[] | undefined;

/** The territory's islands, largest first (Grande Terre, Lifou, Maré, …). */
export function islands(): readonly Island[] {
  cached ??= loadIslands();
  return cached;
}

/**
 * A cheap lower bound of distanceToIslandKm (distance to the island's bounding box, flat
 * approximation shaved by 2%), to skip the exact computation for islands clearly farther away.
 */
export function distanceToIslandBoxKm([lon = 0, lat = 0]: Position, island: Island): number {
  const [minX, minY, maxX, maxY] = island.bbox;
  const dx = Math.max(minX - lon, 0, lon - maxX) * 111.32 * Math.cos((lat * Math.PI) / 180);
  const dy = Math.max(minY - lat, 0, lat - maxY) * 110.574;
  return 0.98 * Math.hypot(dx, dy);
}

/** Kilometres from a point to an island's coast, 0 when the point is on the island. */
export function distanceToIslandKm(point: Position, island: Island): number {
  if (turf.booleanPointInPolygon(point, island.polygon)) return 0;
  return turf.pointToLineDistance(point, island.coast, { units: 'kilometers' });
}
