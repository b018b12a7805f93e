// GET /api/glossary: what each figure of the API means, in French and English.
import { Hono } from 'hono';
import { noQuery } from '../validation.ts';
import { glossary, glossaryTermIds } from './terms.ts';

export function glossaryRoutes() {
  return new Hono().get('/', noQuery, (c) =>
    c.json({ terms: glossaryTermIds.map((id) => ({ id, ...glossary[id] })) }),
  );
}
