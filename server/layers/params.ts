// Query parameters of GET /api/layers/:id, validated at the edge. Messages say which parameter
// and what was expected; the validation hook adds an excerpt of what came.
import { z } from 'zod';
import { decimalList, decimalParam } from '../validation.ts';
import type { BBox } from './features.ts';

const inseeCode = /^988\d{2}$/;
const BBOX_EXPECTED = 'expected minLon,minLat,maxLon,maxLat as 4 numbers';

export const bboxParam = z.string({ error: BBOX_EXPECTED }).transform((raw, ctx): BBox => {
  const numbers = raw.length <= 200 ? decimalList(raw) : null;
  if (!numbers || numbers.length !== 4) {
    ctx.addIssue({ code: 'custom', message: `${BBOX_EXPECTED} (plain decimals, comma-separated)` });
    return z.NEVER;
  }
  const [minLon, minLat, maxLon, maxLat] = numbers as BBox;
  if ([minLon, maxLon].some((x) => x < -180 || x > 180) || [minLat, maxLat].some((y) => y < -90 || y > 90)) {
    ctx.addIssue({ code: 'custom', message: 'expected longitudes within ±180 and latitudes within ±90' });
    return z.NEVER;
  }
  if (minLon >= maxLon || minLat >= maxLat) {
    ctx.addIssue({ code: 'custom', message: 'expected min below max (minLon<maxLon, minLat<maxLat)' });
    return z.NEVER;
  }
  return [minLon, minLat, maxLon, maxLat];
});

export const zoomParam = decimalParam(0, 24, 'expected a number from 0 to 24');

export const communeParam = z
  .string({ error: 'expected an INSEE commune code 988xx, e.g. 98818' })
  .regex(inseeCode, 'expected an INSEE commune code 988xx, e.g. 98818');

/** A comma-separated list of enum values; checked against the layer's values in the handler. */
export const listParam = z
  .string({ error: 'expected one or more comma-separated values' })
  .min(1, 'expected one or more comma-separated values')
  .transform((raw) => raw.split(',').map((v) => v.trim()));

/** The fixed parameters; the enum filters depend on the layer and are checked in the handler. */
export const layerParams = ['bbox', 'zoom', 'commune'] as const;
export const layerQuery = z
  .object({
    bbox: bboxParam.optional(),
    zoom: zoomParam.optional(),
    commune: communeParam.optional(),
  })
  .catchall(listParam);

export const inseeParam = z.object({ insee: communeParam });
