// Between the API's geometries and Terra Draw's features, pure: an area comes back as a
// MultiPolygon, which Terra Draw does not draw, so each of its polygons becomes one feature to
// reshape and they are put back together on the way out.
import type { Feature, Geometry, LineString, Point, Polygon } from 'geojson';
import type { EditGeometry } from './edit-api.ts';

/** Terra Draw's mode for each kind of geometry it draws. */
export const modeOfGeometry = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' } as const;
type DrawnGeometry = Point | LineString | Polygon;
export type DrawnFeature = Feature<DrawnGeometry, { mode: string }> & { id: string };

/** The features Terra Draw holds for one edited geometry, ids from `nextId`. */
export function drawnFeaturesOf(geometry: EditGeometry, nextId: () => string): DrawnFeature[] {
  const parts: DrawnGeometry[] =
    geometry.type === 'MultiPolygon'
      ? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
      : [geometry];
  return parts.map((part) => ({
    type: 'Feature',
    id: nextId(),
    geometry: part,
    properties: { mode: modeOfGeometry[part.type] },
  }));
}

/** The geometry to send back, from what Terra Draw holds now, in the shape the feature had. */
export function editedGeometryOf(original: EditGeometry, drawn: readonly Geometry[]): EditGeometry | null {
  if (original.type === 'MultiPolygon') {
    const polygons = drawn.filter((part): part is Polygon => part.type === 'Polygon');
    return polygons.length === 0
      ? null
      : { type: 'MultiPolygon', coordinates: polygons.map((part) => part.coordinates) };
  }
  const same = drawn.find((part) => part.type === original.type);
  return same ? (same as EditGeometry) : null;
}
