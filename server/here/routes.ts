// GET /api/here?lon=&lat=
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { validationHook } from '../validation.ts';
import { pointQuery } from './params.ts';
import { whatIsHere } from './queries.ts';

export function hereRoutes(db: Database) {
  return new Hono().get('/', zValidator('query', pointQuery, validationHook), async (c) => {
    const { lon, lat } = c.req.valid('query');
    return c.json(await whatIsHere(db, lon, lat));
  });
}
