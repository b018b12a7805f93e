// GET /api/projects and GET /api/projects/:id.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { requireCommune } from '../communes/queries.ts';
import { httpError } from '../errors.ts';
import { noQuery, validationHook } from '../validation.ts';
import { projectIdParam, projectsQuery } from './params.ts';
import { projectFeature, projectsFeatureCollection } from './queries.ts';

const geoJson = { 'Content-Type': 'application/geo+json; charset=utf-8' };

export function projectRoutes(db: Database) {
  return new Hono()
    .get('/', zValidator('query', projectsQuery, validationHook), async (c) => {
      const filter = c.req.valid('query');
      if (filter.commune) await requireCommune(db, filter.commune);
      return c.body(await projectsFeatureCollection(db, filter), 200, geoJson);
    })
    .get('/:id', zValidator('param', projectIdParam, validationHook), noQuery, async (c) => {
      const { id } = c.req.valid('param');
      const body = await projectFeature(db, id);
      if (!body) throw httpError(404, `no project number ${id}`, 'id');
      return c.body(body, 200, geoJson);
    });
}
