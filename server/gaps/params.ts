// Parameters of the gaps endpoints, validated at the edge.
import { z } from 'zod';
import { communeParam, zoomParam } from '../layers/params.ts';
import { technologies } from './technology.ts';

export const gapsQuery = z.object({
  technology: z.enum(technologies, { error: `expected one of ${technologies.join(', ')}` }),
  commune: communeParam.optional(),
  limit: z
    .string()
    .regex(/^\d+$/, 'expected a whole number from 1 to 10000')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'expected a whole number from 1 to 10000')
        .max(10_000, 'expected a whole number from 1 to 10000'),
    )
    .optional(),
  format: z.enum(['json', 'csv', 'geojson'], { error: 'expected json, csv or geojson' }).default('json'),
});

export const placesQuery = z.object({ commune: communeParam.optional() });
export const whiteZonesQuery = z.object({ commune: communeParam.optional(), zoom: zoomParam.optional() });

const longitude = z
  .number()
  .min(-180, 'longitude must be within ±180')
  .max(180, 'longitude must be within ±180');
const latitude = z.number().min(-90, 'latitude must be within ±90').max(90, 'latitude must be within ±90');
const position = z.tuple([longitude, latitude], {
  error: 'expected a [longitude, latitude] pair of numbers',
});

const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions (closed: the last equals the first)')
  .max(10_000, 'a ring may have at most 10000 positions')
  .refine(
    (r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1],
    'a ring must be closed: the last position equals the first',
  );

export const areaBody = z.union(
  [
    z.object({
      polygon: z.object({
        type: z.literal('Polygon', { error: 'polygon.type must be "Polygon"' }),
        coordinates: z.array(ring).min(1, 'a polygon needs an outer ring').max(100, 'at most 100 rings'),
      }),
    }),
    z.object({
      center: position,
      radiusM: z
        .number()
        .positive('radiusM must be positive')
        .max(500_000, 'radiusM may be at most 500000 (500 km)'),
    }),
  ],
  { error: 'expected { polygon: GeoJSON Polygon } or { center: [lon, lat], radiusM: metres }' },
);
