// Parameters of the gaps endpoints, validated at the edge, and the limits of an area's body.
import { z } from 'zod';
import { communeParam, zoomParam } from '../layers/params.ts';
import { strictBody, strictQuery, wholeNumberParam } from '../validation.ts';
import type { AreaQuery } from './area.ts';
import { DEFAULT_TECHNOLOGY, technologies } from './technology.ts';

export const MAX_GAPS_LIMIT = 10_000;

export const gapsQuery = strictQuery({
  technology: z
    .enum(technologies, { error: `expected one of ${technologies.join(', ')}` })
    .default(DEFAULT_TECHNOLOGY),
  commune: communeParam.optional(),
  limit: wholeNumberParam(1, MAX_GAPS_LIMIT).optional(),
  format: z.enum(['json', 'csv', 'geojson'], { error: 'expected json, csv or geojson' }).default('json'),
});

export const placesQuery = strictQuery({ commune: communeParam.optional() });
export const whiteZonesQuery = strictQuery({ commune: communeParam.optional(), zoom: zoomParam.optional() });

/** Rings of one polygon: an outer ring and its holes. */
export const MAX_RINGS = 100;
/** Positions of one polygon, all rings together: a drawn area has tens, a traced commune thousands. */
export const MAX_POSITIONS = 10_000;
export const MIN_RADIUS_M = 1;
export const MAX_RADIUS_M = 500_000;

const LONGITUDE = 'expected a longitude in degrees from -180 to 180';
const LATITUDE = 'expected a latitude in degrees from -90 to 90';
const POSITION = 'expected a [longitude, latitude] pair of numbers';
const RADIUS = `expected a radius in metres from ${MIN_RADIUS_M} to ${MAX_RADIUS_M} (500 km)`;

const longitude = z.number({ error: LONGITUDE }).min(-180, LONGITUDE).max(180, LONGITUDE);
const latitude = z.number({ error: LATITUDE }).min(-90, LATITUDE).max(90, LATITUDE);
const position = z.tuple([longitude, latitude], { error: POSITION });
type Position = z.infer<typeof position>;

/** A unit vector of the position on the sphere. */
function unitVector([lon, lat]: Position): [number, number, number] {
  const [λ, φ] = [(lon * Math.PI) / 180, (lat * Math.PI) / 180];
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

/**
 * Why PostGIS cannot take the edge a→b on the sphere, or null. An edge spanning 180° of longitude
 * or more has no short way round (PostGIS stops with "Antipodal edge detected"), and GeoJSON's
 * edges never cross the antimeridian (RFC 7946 §3.1.9); two opposite points (pole to pole) have
 * no single line between them. The tolerance covers what rounds to 180° on the way to PostGIS.
 */
export function edgeProblem(a: Position, b: Position): string | null {
  const where = `from [${a.join(', ')}] to [${b.join(', ')}]`;
  if (Math.abs(a[0] - b[0]) >= 180 - 1e-9) {
    return `an edge ${where} spans 180° of longitude or more, which no edge on the sphere does; split it into shorter edges, or split an area across the antimeridian in two`;
  }
  const [u, v] = [unitVector(a), unitVector(b)];
  if (Math.hypot(u[0] + v[0], u[1] + v[1], u[2] + v[2]) < 1e-9) {
    return `an edge ${where} joins two antipodal (opposite) points of the globe, which no single edge joins; add a position between them`;
  }
  return null;
}

const ring = z
  .array(position, { error: 'expected a ring: an array of [longitude, latitude] positions' })
  .min(4, 'a ring needs at least 4 positions (closed: the last equals the first)')
  .refine(
    (r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1],
    'a ring must be closed: the last position equals the first',
  )
  .superRefine((r, ctx) => {
    for (let i = 1; i < r.length; i++) {
      const problem = edgeProblem(r[i - 1] as Position, r[i] as Position);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return;
      }
    }
  });

/** Positions in all rings, counted before any ring is parsed, so a huge polygon costs nothing. */
const positionCount = (rings: unknown[]) =>
  rings.reduce<number>((n, r) => n + (Array.isArray(r) ? r.length : 0), 0);

const rings = z
  .array(z.unknown(), { error: 'expected an array of rings: [[[lon, lat], …]]' })
  .min(1, 'a polygon needs an outer ring')
  .max(MAX_RINGS, `expected at most ${MAX_RINGS} rings (an outer ring and its holes)`)
  .superRefine((r, ctx) => {
    const count = positionCount(r);
    if (count > MAX_POSITIONS) {
      const message = `expected at most ${MAX_POSITIONS} positions in all rings together`;
      ctx.addIssue({ code: 'custom', message, params: { got: count } });
    }
  })
  .pipe(z.array(ring));

const polygon = strictBody(
  {
    type: z.literal('Polygon', { error: 'expected "Polygon" (a GeoJSON Polygon geometry)' }),
    coordinates: rings,
  },
  'expected a GeoJSON Polygon: { "type": "Polygon", "coordinates": [rings] }',
);

const AREA = 'expected { "polygon": GeoJSON Polygon } or { "center": [lon, lat], "radiusM": metres }';

/** The body of POST /api/gaps/area: a polygon, or a circle given by its centre and radius. */
export const areaBody = strictBody(
  {
    polygon: polygon.optional(),
    center: position.optional(),
    radiusM: z.number({ error: RADIUS }).min(MIN_RADIUS_M, RADIUS).max(MAX_RADIUS_M, RADIUS).optional(),
  },
  `expected a JSON object: ${AREA.slice('expected '.length)}`,
).transform((body, ctx): AreaQuery => {
  const circle = body.center !== undefined || body.radiusM !== undefined;
  if (body.polygon && circle) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected either a polygon, or a center and a radiusM, not both',
    });
  } else if (body.polygon) {
    return { polygon: body.polygon };
  } else if (!circle) {
    ctx.addIssue({ code: 'custom', message: AREA });
  } else if (body.center === undefined) {
    ctx.addIssue({ code: 'custom', message: `${POSITION} as the circle's center`, path: ['center'] });
  } else if (body.radiusM === undefined) {
    ctx.addIssue({ code: 'custom', message: RADIUS, path: ['radiusM'] });
  } else {
    return { center: body.center, radiusM: body.radiusM };
  }
  return z.NEVER;
});

export const AREA_EXAMPLE = '{"center": [166.45, -22.27], "radiusM": 5000}';
