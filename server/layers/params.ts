// Query parameters of GET /api/layers/:id, validated at the edge. Messages say which parameter,
// what was expected and what came, so a caller can fix the request without reading our code.
import { z } from 'zod';
import type { BBox } from './features.ts';

const inseeCode = /^988\d{2}$/;

export const bboxParam = z.string().transform((raw, ctx): BBox => {
  const parts = raw.split(',');
  const numbers = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({
      code: 'custom',
      message: `expected minLon,minLat,maxLon,maxLat as 4 numbers, got "${raw}"`,
    });
    return z.NEVER;
  }
  const [minLon, minLat, maxLon, maxLat] = numbers as BBox;
  if ([minLon, maxLon].some((x) => x < -180 || x > 180) || [minLat, maxLat].some((y) => y < -90 || y > 90)) {
    ctx.addIssue({
      code: 'custom',
      message: `longitudes must be within ±180 and latitudes within ±90, got "${raw}"`,
    });
    return z.NEVER;
  }
  if (minLon >= maxLon || minLat >= maxLat) {
    ctx.addIssue({
      code: 'custom',
      message: `min must be below max (minLon<maxLon, minLat<maxLat), got "${raw}"`,
    });
    return z.NEVER;
  }
  return [minLon, minLat, maxLon, maxLat];
});

export const zoomParam = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a number from 0 to 24')
  .transform(Number)
  .pipe(z.number().min(0, 'expected a number from 0 to 24').max(24, 'expected a number from 0 to 24'));

export const communeParam = z.string().regex(inseeCode, 'expected an INSEE commune code 988xx, e.g. 98818');

/** A comma-separated list of enum values; checked against the layer's values in the handler. */
export const listParam = z
  .string()
  .min(1, 'expected one or more comma-separated values')
  .transform((raw) => raw.split(',').map((v) => v.trim()));

export const layerQuery = z
  .object({
    bbox: bboxParam.optional(),
    zoom: zoomParam.optional(),
    commune: communeParam.optional(),
  })
  .catchall(listParam);

export const inseeParam = z.object({ insee: communeParam });
