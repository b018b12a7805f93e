// Reading vector tiles in tests: decoding with @mapbox/vector-tile + pbf, features back in
// longitude/latitude, and how far apart two geometries are in screen pixels at a zoom (MapLibre's
// 512-pixel tiles), within a tile, both ways (a discrete Hausdorff distance over the vertices).
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Geometry, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';

export interface TileFeature {
  id: number | undefined;
  properties: Record<string, number | string | boolean>;
  geometry: Geometry;
}

/** A tile's layers, each its features with geometry back in longitude/latitude. */
export function decodeTile(bytes: Uint8Array, z: number, x: number, y: number): Map<string, TileFeature[]> {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? new Uint8Array(gunzipSync(bytes)) : bytes;
  const tile = new VectorTile(new PbfReader(raw));
  const layers = new Map<string, TileFeature[]>();
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: TileFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const geojson: Feature = feature.toGeoJSON(x, y, z);
      features.push({ id: feature.id, properties: feature.properties, geometry: geojson.geometry });
    }
    layers.set(name, features);
  }
  return layers;
}

/**
 * The tile's extent in longitude/latitude: [west, south, east, north], plus `buffer` of its side,
 * within the world (a buffer does not pass the antimeridian).
 */
export function tileBBox(z: number, x: number, y: number, buffer = 0): [number, number, number, number] {
  const n = 2 ** z;
  const lon = (tx: number) => (Math.min(Math.max(tx, 0), n) / n) * 360 - 180;
  const lat = (ty: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * Math.min(Math.max(ty, 0), n)) / n))) * 180) / Math.PI;
  return [lon(x - buffer), lat(y + 1 + buffer), lon(x + 1 + buffer), lat(y - buffer)];
}

/** A longitude/latitude as world pixels at zoom z (512-pixel tiles, Web Mercator). */
export function toPixels([lon, lat]: Position, z: number): [number, number] {
  const size = 512 * 2 ** z;
  const sin = Math.sin(((lat ?? 0) * Math.PI) / 180);
  return [((lon ?? 0) / 360 + 0.5) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

type Segment = [[number, number], [number, number]];
/** One point, line or ring of a geometry, in pixels. */
interface Part {
  points: [number, number][];
  segments: Segment[];
}

/** The geometry's points, lines and rings, each a part, in pixels. */
function parts(geometry: Geometry, z: number): Part[] {
  const line = (positions: Position[]): Part => {
    const points = positions.map((p) => toPixels(p, z));
    const segments: Segment[] = [];
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1]!, points[i]!]);
    return { points, segments };
  };
  const point = (p: Position): Part => ({ points: [toPixels(p, z)], segments: [] });
  switch (geometry.type) {
    case 'Point':
      return [point(geometry.coordinates)];
    case 'MultiPoint':
      return geometry.coordinates.map(point);
    case 'LineString':
      return [line(geometry.coordinates)];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.map(line);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map(line));
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g) => parts(g, z));
  }
}

/** Width or height of a part, whichever is larger, in pixels. */
function extent({ points }: Part): number {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Width or height of a geometry, whichever is larger, in pixels at zoom z. */
export function pixelExtent(geometry: Geometry, z: number): number {
  return extent({ points: parts(geometry, z).flatMap((p) => p.points), segments: [] });
}

function toSegment([px, py]: [number, number], [[ax, ay], [bx, by]]: Segment): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function nearest(point: [number, number], other: Part[]): number {
  let best = Infinity;
  for (const part of other) {
    for (const s of part.segments) best = Math.min(best, toSegment(point, s));
    if (part.segments.length === 0) {
      for (const [x, y] of part.points) best = Math.min(best, Math.hypot(point[0] - x, point[1] - y));
    }
  }
  return best;
}

/**
 * The largest distance in pixels at zoom z from a vertex of the tile's geometry, or of the source
 * geometry, lying inside `bbox` (the tile proper: a tile's vertices in its buffer are where it was
 * clipped) to the other geometry. Parts of the source at most a pixel across may be left out of a
 * tile (both encoders drop what collapses at the tile's resolution): their vertices are not asked;
 * nor are the tile's own when comparing two tiles (`twoTiles`), either of which may lack them.
 */
export function pixelDistanceWithin(
  tile: Geometry,
  source: Geometry,
  z: number,
  bbox: [number, number, number, number],
  twoTiles = false,
): number {
  const [west, south, east, north] = bbox;
  const [x0, y0] = toPixels([west, north], z);
  const [x1, y1] = toPixels([east, south], z);
  const inside = ([x, y]: [number, number]) => x > x0 && x < x1 && y > y0 && y < y1;
  const ofTile = parts(tile, z);
  const ofSource = parts(source, z);
  const visible = (of: Part[]) => of.filter((part) => part.segments.length === 0 || extent(part) > 1);
  let worst = 0;
  for (const p of (twoTiles ? visible(ofTile) : ofTile).flatMap((part) => part.points).filter(inside)) {
    worst = Math.max(worst, nearest(p, ofSource));
  }
  for (const p of visible(ofSource)
    .flatMap((part) => part.points)
    .filter(inside)) {
    worst = Math.max(worst, nearest(p, ofTile));
  }
  return worst;
}

/** The tile at zoom z holding a longitude/latitude. */
export function tileAt(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const [px, py] = toPixels([lon, lat], z);
  return { z, x: Math.floor(px / 512), y: Math.floor(py / 512) };
}

/** Every tile at zoom z meeting a [west, south, east, north] box. */
export function tilesOver(bbox: [number, number, number, number], z: number) {
  const nw = tileAt(bbox[0], bbox[3], z);
  const se = tileAt(bbox[2], bbox[1], z);
  const tiles: { z: number; x: number; y: number }[] = [];
  for (let x = nw.x; x <= se.x; x++) for (let y = nw.y; y <= se.y; y++) tiles.push({ z, x, y });
  return tiles;
}
