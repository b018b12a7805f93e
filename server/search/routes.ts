// GET /api/search?q=&limit=
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { validationHook } from '../errors.ts';
import { searchPlaces } from './queries.ts';

const searchQuery = z.object({
  q: z.string().trim().min(1, 'expected some text to search for').max(100, 'expected at most 100 characters'),
  limit: z
    .string()
    .regex(/^\d+$/, 'expected a whole number from 1 to 50')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'expected a whole number from 1 to 50')
        .max(50, 'expected a whole number from 1 to 50'),
    )
    .default(10),
});

export function searchRoutes(db: Database) {
  return new Hono().get('/', zValidator('query', searchQuery, validationHook), async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ query: q, results: await searchPlaces(db, q, limit) });
  });
}
