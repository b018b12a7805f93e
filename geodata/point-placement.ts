// Putting points on land: snapping a coastal point that Natural Earth's 1:10m coast leaves
// offshore, and rejection sampling of random points inside an area. Points come out already
// rounded to 6 decimals, and the rounded point is the one tested, so rounding cannot push a
// point out of its area.
import type { Position } from 'geojson';
import * as turf from '@turf/turf';
import { roundPosition } from './land.ts';
import type { Area } from './polygons.ts';
import type { Random } from './random.ts';

type Bbox = [number, number, number, number];

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_AT_EQUATOR = 111.32;

const bboxes = new WeakMap<Area, Bbox>();
function bboxOf(area: Area): Bbox {
  let b = bboxes.get(area);
  if (!b) bboxes.set(area, (b = turf.bbox(area) as Bbox));
  return b;
}

/** Point-in-polygon with a bounding-box shortcut; boundary points count as outside. */
export function inArea(point: Position, area: Area): boolean {
  const [x = NaN, y = NaN] = point;
  const [minX, minY, maxX, maxY] = bboxOf(area);
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  return turf.booleanPointInPolygon(point, area, { ignoreBoundary: true });
}

/** A point dx km east and dy km north of p (local flat approximation, fine below ~50 km). */
export function offsetKm(p: Position, dx: number, dy: number): [number, number] {
  const lat = p[1] ?? 0;
  const kmPerDegLon = KM_PER_DEG_LON_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
  return [(p[0] ?? 0) + dx / kmPerDegLon, lat + dy / KM_PER_DEG_LAT];
}

/** Flat-earth distance in km: good enough for spacing checks over a few tens of km. */
export function flatKm(a: Position, b: Position): number {
  const [dx, dy] = [(b[0] ?? 0) - (a[0] ?? 0), (b[1] ?? 0) - (a[1] ?? 0)];
  const kmPerDegLon = KM_PER_DEG_LON_AT_EQUATOR * Math.cos(((a[1] ?? 0) * Math.PI) / 180);
  return Math.hypot(dx * kmPerDegLon, dy * KM_PER_DEG_LAT);
}

const SNAP_RADII_KM = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2];
const SNAP_BEARINGS = 16;

/**
 * The point itself (rounded) when it lies inside the area, else the nearest point found
 * inside it around the closest stretch of its boundary. Deterministic: no randomness.
 */
export function snapInside(point: Position, area: Area): [number, number] {
  const rounded = roundPosition(point);
  if (inArea(rounded, area)) return rounded;
  const rings =
    area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
  const shore = turf.nearestPointOnLine(turf.multiLineString(rings), rounded).geometry.coordinates;
  for (const r of SNAP_RADII_KM) {
    let best: [number, number] | null = null;
    let bestKm = Infinity;
    for (let i = 0; i < SNAP_BEARINGS; i++) {
      const angle = (2 * Math.PI * i) / SNAP_BEARINGS;
      const candidate = roundPosition(offsetKm(shore, r * Math.cos(angle), r * Math.sin(angle)));
      const km = turf.distance(rounded, candidate);
      if (km < bestKm && inArea(candidate, area)) [best, bestKm] = [candidate, km];
    }
    if (best) return best;
  }
  throw new Error(`snapInside: no point of the area within 3.2 km of [${rounded.join(', ')}]`);
}

export interface NearOptions {
  /** Radius of the disc to draw from, km. */
  maxKm: number;
  /** Keep clear of the centre itself, km (default 0). */
  minKm?: number;
  /** Extra condition, e.g. spacing from points already placed. */
  accept?: (p: [number, number]) => boolean;
  tries?: number;
}

/** A random point inside the area within maxKm of centre, or null after `tries` misses. */
export function randomPointNear(
  random: Random,
  centre: Position,
  area: Area,
  { maxKm, minKm = 0, accept, tries = 60 }: NearOptions,
): [number, number] | null {
  for (let i = 0; i < tries; i++) {
    // Uniform in the annulus: radius from the square root of a uniform area fraction.
    const r = Math.sqrt(random.uniform((minKm / maxKm) ** 2, 1)) * maxKm;
    const angle = random.uniform(0, 2 * Math.PI);
    const p = roundPosition(offsetKm(centre, r * Math.cos(angle), r * Math.sin(angle)));
    if (inArea(p, area) && (!accept || accept(p))) return p;
  }
  return null;
}

/** A random point anywhere inside the area, or null after `tries` misses. */
export function randomPointIn(
  random: Random,
  area: Area,
  accept?: (p: [number, number]) => boolean,
  tries = 200,
): [number, number] | null {
  const [minX, minY, maxX, maxY] = bboxOf(area);
  for (let i = 0; i < tries; i++) {
    const p = roundPosition([random.uniform(minX, maxX), random.uniform(minY, maxY)]);
    if (inArea(p, area) && (!accept || accept(p))) return p;
  }
  return null;
}
