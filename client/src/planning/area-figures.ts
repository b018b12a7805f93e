// Area analysis in the browser (issue #3): the people, settlements, tribus, schools and pupils
// inside a drawn polygon or within a radius of a point, and the shares covered by fibre, 4G and any
// mobile service, computed with turf from GET /api/gaps/places, by the same rules as the server's
// POST /api/gaps/area, so the two can be shown side by side and must agree.
import { area, booleanPointInPolygon, circle, distance, earthRadius } from '@turf/turf';
import type { Feature, Point, Polygon, Position } from 'geojson';
import type { AreaFigures, AreaRequest, PlaceProperties, Places } from './planning-api.ts';

export type AreaShape =
  { kind: 'polygon'; polygon: Polygon } | { kind: 'circle'; center: [number, number]; radiusM: number };

type Place = Feature<Point, PlaceProperties>;

/**
 * Inside a polygon: point in polygon, in longitude/latitude as PostGIS' ST_Intersects on geometry.
 * Within a radius: the great-circle distance to the centre, as ST_DWithin on the sphere; the
 * circle drawn on the map is only a picture of it.
 */
export function isInside(shape: AreaShape, place: Place): boolean {
  if (shape.kind === 'polygon') return booleanPointInPolygon(place, shape.polygon);
  return distance(shape.center, place, { units: 'meters' }) <= shape.radiusM;
}

/** Square kilometres: turf's geodesic area for a polygon, the spherical cap for a circle. */
export function shapeAreaKm2(shape: AreaShape): number {
  if (shape.kind === 'polygon') return area(shape.polygon) / 1e6;
  const angle = shape.radiusM / earthRadius;
  return (2 * Math.PI * earthRadius ** 2 * (1 - Math.cos(angle))) / 1e6;
}

/** The server reports shares to four decimals; the browser's are rounded the same way to compare. */
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1e4) / 1e4);

export function areaFigures(places: Places, shape: AreaShape): AreaFigures {
  const inside = places.features.filter((place) => isInside(shape, place));
  const settlements = inside.filter((place) => place.properties.kind === 'settlement');
  const schools = inside.filter((place) => place.properties.kind === 'school');
  const inhabitants = (list: readonly Place[]) =>
    list.reduce((total, place) => total + (place.properties.inhabitants ?? 0), 0);
  const population = inhabitants(settlements);
  const covered = (flag: 'fibre' | 'g4' | 'mobile') => {
    const reached = inhabitants(settlements.filter((place) => place.properties[flag]));
    return {
      population: reached,
      share: share(reached, population),
      schools: schools.filter((place) => place.properties[flag]).length,
    };
  };
  return {
    areaKm2: Math.round(shapeAreaKm2(shape) * 1e3) / 1e3,
    population,
    settlements: settlements.length,
    tribus: settlements.filter((place) => place.properties.category === 'tribu').length,
    schools: schools.length,
    pupils: schools.reduce((total, place) => total + (place.properties.pupils ?? 0), 0),
    covered: { fibre: covered('fibre'), g4: covered('g4'), mobile: covered('mobile') },
  };
}

const pair = (position: Position): [number, number] => [position[0] ?? 0, position[1] ?? 0];

/** The body of POST /api/gaps/area for the shape. */
export function areaRequest(shape: AreaShape): AreaRequest {
  if (shape.kind === 'circle') return { center: shape.center, radiusM: shape.radiusM };
  return {
    polygon: { type: 'Polygon', coordinates: shape.polygon.coordinates.map((ring) => ring.map(pair)) },
  };
}

/** The outline to draw for the shape: the polygon itself, or a 128-sided circle for display. */
export function shapeOutline(shape: AreaShape): Feature<Polygon> {
  if (shape.kind === 'polygon') return { type: 'Feature', geometry: shape.polygon, properties: {} };
  return circle(shape.center, shape.radiusM, { units: 'meters', steps: 128 });
}

/** Both computations agree: the same counts and people, and areas within 1% of each other. */
export function figuresAgree(browser: AreaFigures, server: AreaFigures): boolean {
  const counts = (f: AreaFigures) => [
    f.population,
    f.settlements,
    f.tribus,
    f.schools,
    f.pupils,
    ...(['fibre', 'g4', 'mobile'] as const).flatMap((key) => [
      f.covered[key].population,
      f.covered[key].schools,
    ]),
  ];
  const same = counts(browser).every((value, index) => value === counts(server)[index]);
  const largest = Math.max(browser.areaKm2, server.areaKm2);
  return same && (largest === 0 || Math.abs(browser.areaKm2 - server.areaKm2) / largest <= 0.01);
}
