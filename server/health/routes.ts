// GET /api/health: is the database reachable, which backend, how many features per layer.
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { errorBody } from '../errors.ts';
import { layerStats } from '../layers/catalogue-stats.ts';
import { noQuery } from '../validation.ts';

export function healthRoutes(db: Database) {
  return new Hono().get('/', noQuery, async (c) => {
    try {
      const stats = await layerStats(db);
      const counts = Object.fromEntries([...stats].map(([id, s]) => [id, s.featureCount]));
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'ok' as const, backend: db.backend, counts });
    } catch (err) {
      console.error('[health] database unreachable', err);
      return c.json(
        { ...errorBody(503, 'database unreachable'), status: 'unavailable', backend: db.backend },
        503,
      );
    }
  });
}
