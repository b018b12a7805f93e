// Polygon operations the pipeline shares: exact clipping made fast by cropping first, and the
// clean-up that makes output acceptable to PostGIS's ST_IsValid (6 decimals, closed rings, no
// repeated points, no slivers).
import type { Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { cleanRing } from './land.ts';

export type Area = Feature<Polygon | MultiPolygon>;

/** Rings smaller than this (deg², about 12 m²) are rounding debris, not land. */
const SLIVER_DEG2 = 1e-9;

/** Planar ring area in square degrees (shoelace), enough to tell a sliver from land. */
function ringAreaDeg2(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

export function polygonsOf(area: Area): Position[][][] {
  return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

/** Rounded to 6 decimals, repeated points and slivers dropped: what PostGIS will accept. */
export function cleanMultiPolygon(polygons: readonly (readonly Position[][])[]): MultiPolygon {
  const coordinates: [number, number][][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map(cleanRing);
    if (!outer || ringAreaDeg2(outer) < SLIVER_DEG2) continue;
    const keptHoles = holes.filter((h): h is [number, number][] => !!h && ringAreaDeg2(h) >= SLIVER_DEG2);
    coordinates.push([outer, ...keptHoles]);
  }
  return { type: 'MultiPolygon', coordinates };
}

/**
 * The exact intersection of a shape with an area. The area is first cropped to a box a little
 * larger than the shape (cheap Sutherland–Hodgman), which makes the exact clip an order of
 * magnitude faster on long coastlines; the box's own edges lie outside the shape, so they
 * never reach the result.
 */
export function clipToArea(
  shape: Feature<Polygon>,
  area: Area,
  properties: GeoJsonProperties = {},
): Area | null {
  const [minX, minY, maxX, maxY] = turf.bbox(shape);
  const cropped = turf.bboxClip(area, [minX - 0.01, minY - 0.01, maxX + 0.01, maxY + 0.01]) as Area;
  // bboxClip leaves an empty polygon for every part outside the box: drop them.
  const parts = polygonsOf(cropped).filter((rings) => rings.length > 0);
  if (parts.length === 0) return null;
  return turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([shape, turf.multiPolygon(parts)]), {
    properties,
  });
}
