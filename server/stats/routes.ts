// GET /api/stats/communes (territory, provinces, communes) and GET /api/stats/communes/:insee.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import { noQuery, validationHook } from '../validation.ts';
import { inseeParam } from '../layers/params.ts';
import { communeFigures, provinceFigures, territoryFigures } from './figures.ts';
import { rolloutByYear } from './yearly.ts';

export function statsRoutes(db: Database) {
  return new Hono()
    .get('/communes', noQuery, async (c) => {
      const [territory, yearly, provinces, communes] = await Promise.all([
        territoryFigures(db),
        rolloutByYear(db),
        provinceFigures(db),
        communeFigures(db),
      ]);
      return c.json({ territory: { ...territory, yearly }, provinces, communes });
    })
    .get('/communes/:insee', zValidator('param', inseeParam, validationHook), noQuery, async (c) => {
      const { insee } = c.req.valid('param');
      const [figures] = await communeFigures(db, insee);
      if (!figures) throw httpError(404, `no commune with INSEE code ${insee}`, 'insee');
      return c.json({ ...figures, yearly: await rolloutByYear(db, insee) });
    });
}
