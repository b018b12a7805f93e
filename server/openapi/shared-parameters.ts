// Words for the parameter schemas several routes share, which their zod schemas do not carry:
// the document's description of each, wherever a route uses it.
import type { z } from 'zod';
import { bboxParam, communeParam, zoomParam } from '../layers/params.ts';

export const sharedParameterDescriptions = new Map<z.core.$ZodType, string>([
  [bboxParam, 'minLon,minLat,maxLon,maxLat in degrees (WGS 84), e.g. 166.3,-22.4,166.6,-22.1'],
  [communeParam, 'the INSEE code of a commune, 988xx (98818 is Nouméa)'],
  [zoomParam, 'the map zoom the answer is for (0 to 24): coordinates are rounded to its pixel size'],
]);
