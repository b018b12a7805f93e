// GET /api/wifi/nearest?lon=&lat=&limit=
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { validationHook } from '../errors.ts';
import { pointQuery } from '../here/params.ts';
import { nearestWifi } from './queries.ts';

const nearestQuery = pointQuery.extend({
  limit: z
    .string()
    .regex(/^\d+$/, 'expected a whole number from 1 to 20')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'expected a whole number from 1 to 20')
        .max(20, 'expected a whole number from 1 to 20'),
    )
    .default(5),
});

export function wifiRoutes(db: Database) {
  return new Hono().get('/nearest', zValidator('query', nearestQuery, validationHook), async (c) => {
    const { lon, lat, limit } = c.req.valid('query');
    return c.json({ origin: { lon, lat }, ...(await nearestWifi(db, lon, lat, limit)) });
  });
}
