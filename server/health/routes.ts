// GET /api/health: is the database reachable, which backend, how many features per layer.
// It has a deadline of its own (under a second, for a balancer's probe) and, on the server
// backend, a connection of its own (db.probe), so busy requests never make it wait for one.
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { errorBody, RETRY_AFTER_S } from '../errors.ts';
import { logFailure } from '../error-log.ts';
import { layerStats } from '../layers/catalogue-stats.ts';
import { within } from '../limits/deadline.ts';
import { noQuery } from '../validation.ts';

export function healthRoutes(db: Database, timeoutMs: number) {
  return new Hono().get('/', noQuery, async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const stats = await within(
        timeoutMs,
        layerStats(db, db.probe),
        () => new Error(`the database did not answer the health check within ${timeoutMs} ms`),
      );
      const counts = Object.fromEntries([...stats].map(([id, s]) => [id, s.featureCount]));
      return c.json({ status: 'ok' as const, backend: db.backend, counts });
    } catch (err) {
      logFailure(c, 503, err);
      c.header('Retry-After', String(RETRY_AFTER_S.unavailable));
      return c.json(
        {
          ...errorBody(503, 'database unreachable'),
          status: 'unavailable',
          backend: db.backend,
          requestId: c.get('requestId'),
        },
        503,
      );
    }
  });
}
