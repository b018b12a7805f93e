// A point on the map given as lon/lat query parameters, shared by /api/here and /api/wifi/nearest.
import { z } from 'zod';

const coordinate = (name: string, bound: number) =>
  z
    .string({ error: `${name} is required` })
    .regex(/^-?\d+(\.\d+)?$/, `${name} must be a number in degrees`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(-bound, `${name} must be within ±${bound}`)
        .max(bound, `${name} must be within ±${bound}`),
    );

export const pointQuery = z.object({ lon: coordinate('lon', 180), lat: coordinate('lat', 90) });
