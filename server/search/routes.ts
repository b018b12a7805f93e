// GET /api/search?q=&limit=
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { CONTROL_CHARACTERS, strictQuery, validationHook, wholeNumberParam } from '../validation.ts';
import { searchPlaces } from './queries.ts';

export const MAX_QUERY_LENGTH = 100;
export const MAX_SEARCH_LIMIT = 50;

export const searchQuery = strictQuery({
  // Control characters first, before trimming would hide a trailing one; PostgreSQL text cannot
  // even hold a NUL.
  q: z
    .string({ error: 'expected some text to search for' })
    .refine((q) => !CONTROL_CHARACTERS.test(q), 'expected text without control characters')
    .trim()
    .min(1, 'expected some text to search for')
    .max(MAX_QUERY_LENGTH, `expected at most ${MAX_QUERY_LENGTH} characters`),
  limit: wholeNumberParam(1, MAX_SEARCH_LIMIT).default(10),
});

export function searchRoutes(db: Database) {
  return new Hono().get('/', zValidator('query', searchQuery, validationHook), async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ query: q, results: await searchPlaces(db, q, limit) });
  });
}
