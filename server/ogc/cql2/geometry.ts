// Geometry literals after parsing, whichever encoding they came in: the structural rules of
// Simple Features (OGC 06-103r4 clause 6) that PostGIS would otherwise refuse with a 500, and
// the canonical WKT the compiler hands to ST_GeomFromText as a parameter.
import type { Geometry, Position } from './ast.ts';

const positionWkt = ([x, y]: Position) => `${x} ${y}`;
const pathWkt = (path: Position[]) => `(${path.map(positionWkt).join(',')})`;
const polygonWkt = (rings: Position[][]) => `(${rings.map(pathWkt).join(',')})`;

/** WKT written back from the tree: upper-case tags, no spaces but between x and y. */
export function geometryToWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT(${positionWkt(geometry.coordinates)})`;
    case 'LineString':
      return `LINESTRING${pathWkt(geometry.coordinates)}`;
    case 'Polygon':
      return `POLYGON${polygonWkt(geometry.coordinates)}`;
    case 'MultiPoint':
      return `MULTIPOINT(${geometry.coordinates.map((p) => `(${positionWkt(p)})`).join(',')})`;
    case 'MultiLineString':
      return `MULTILINESTRING(${geometry.coordinates.map(pathWkt).join(',')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON(${geometry.coordinates.map(polygonWkt).join(',')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION(${geometry.geometries.map(geometryToWkt).join(',')})`;
  }
}

function pathProblem(path: Position[], what: string): string | undefined {
  if (path.length < 2) return `a ${what} needs at least 2 positions, got ${path.length}`;
  return undefined;
}

function ringProblem(ring: Position[]): string | undefined {
  if (ring.length < 4) return `a polygon ring needs at least 4 positions, got ${ring.length}`;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
    return 'a polygon ring must be closed (its last position equal to its first)';
  return undefined;
}

function polygonProblem(rings: Position[][]): string | undefined {
  if (rings.length === 0) return 'a polygon needs at least one ring';
  for (const ring of rings) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return undefined;
}

function firstProblem<T>(items: T[], what: string, check: (item: T) => string | undefined) {
  if (items.length === 0) return `a ${what} needs at least one member`;
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

/** What makes the geometry invalid as a literal, or undefined when it is well formed. */
export function geometryProblem(geometry: Geometry): string | undefined {
  switch (geometry.type) {
    case 'Point':
      return undefined;
    case 'LineString':
      return pathProblem(geometry.coordinates, 'linestring');
    case 'Polygon':
      return polygonProblem(geometry.coordinates);
    case 'MultiPoint':
      return firstProblem(geometry.coordinates, 'multipoint', () => undefined);
    case 'MultiLineString':
      return firstProblem(geometry.coordinates, 'multilinestring', (p) => pathProblem(p, 'linestring'));
    case 'MultiPolygon':
      return firstProblem(geometry.coordinates, 'multipolygon', polygonProblem);
    case 'GeometryCollection':
      return firstProblem(geometry.geometries, 'geometrycollection', geometryProblem);
  }
}

/** What is wrong with a BBOX, or undefined. West greater than east crosses the antimeridian. */
export function bboxProblem([minx, miny, maxx, maxy]: [number, number, number, number]): string | undefined {
  if (![minx, miny, maxx, maxy].every(Number.isFinite)) return 'BBOX numbers must be finite';
  if (miny > maxy) return `BBOX miny (${miny}) is greater than maxy (${maxy})`;
  return undefined;
}
