// GET /api/communes and GET /api/communes/:insee.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import { noQuery, validationHook } from '../validation.ts';
import { inseeParam } from '../layers/params.ts';
import { coordinationPairs, DEFAULT_COORDINATION_DISTANCE_M } from '../projects/coordination.ts';
import { coordinationQuery } from '../projects/params.ts';
import { communeFeature, communeSummaries, requireCommune } from './queries.ts';

export function communeRoutes(db: Database) {
  return new Hono()
    .get('/', noQuery, async (c) => c.json({ communes: await communeSummaries(db) }))
    .get('/:insee', zValidator('param', inseeParam, validationHook), noQuery, async (c) => {
      const { insee } = c.req.valid('param');
      const body = await communeFeature(db, insee);
      if (!body) throw httpError(404, `no commune with INSEE code ${insee}`, 'insee');
      return c.body(body, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
    })
    .get(
      '/:insee/coordination',
      zValidator('param', inseeParam, validationHook),
      zValidator('query', coordinationQuery, validationHook),
      async (c) => {
        const { insee } = c.req.valid('param');
        const distanceM = c.req.valid('query').distance ?? DEFAULT_COORDINATION_DISTANCE_M;
        await requireCommune(db, insee);
        return c.json({ commune: insee, distanceM, pairs: await coordinationPairs(db, insee, distanceM) });
      },
    );
}
