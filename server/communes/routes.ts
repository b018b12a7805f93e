// GET /api/communes and GET /api/communes/:insee.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { httpError, validationHook } from '../errors.ts';
import { inseeParam } from '../layers/params.ts';
import { communeFeature, communeSummaries } from './queries.ts';

export function communeRoutes(db: Database) {
  return new Hono()
    .get('/', async (c) => c.json({ communes: await communeSummaries(db) }))
    .get('/:insee', zValidator('param', inseeParam, validationHook), async (c) => {
      const { insee } = c.req.valid('param');
      const body = await communeFeature(db, insee);
      if (!body) throw httpError(404, `no commune with INSEE code ${insee}`, 'insee');
      return c.body(body, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
    });
}
