// GET /api/wifi/nearest?lon=&lat=&limit=
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { strictQuery, validationHook, wholeNumberParam } from '../validation.ts';
import { pointParams } from '../here/params.ts';
import { nearestWifi } from './queries.ts';

export const MAX_NEAREST_LIMIT = 20;

export const nearestQuery = strictQuery({
  ...pointParams,
  limit: wholeNumberParam(1, MAX_NEAREST_LIMIT).default(5),
});

export function wifiRoutes(db: Database) {
  return new Hono().get('/nearest', zValidator('query', nearestQuery, validationHook), async (c) => {
    const { lon, lat, limit } = c.req.valid('query');
    return c.json({ origin: { lon, lat }, ...(await nearestWifi(db, lon, lat, limit)) });
  });
}
