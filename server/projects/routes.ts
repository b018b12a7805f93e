// GET /api/projects and GET /api/projects/:id (its version as ETag); for planners, and commune
// accounts within their own commune, POST /api/projects, PATCH and DELETE /api/projects/:id with
// If-Match; the history of a project at /api/projects/:id/history for signed-in accounts.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database, Executor } from '../../db/connection.ts';
import { requireRole, type AuthEnv } from '../auth/current-account.ts';
import { requireCommune } from '../communes/queries.ts';
import { asEditor } from '../edits/as-editor.ts';
import { featureHistory } from '../edits/history.ts';
import { newProject, projectChange } from '../edits/project-payloads.ts';
import { changeProject, createProject, deleteProject, requireProjectScope } from '../edits/project-writes.ts';
import { etagOf, expectedVersion, lockVersion } from '../edits/versions.ts';
import { httpError } from '../errors.ts';
import { jsonBody, noQuery, validationHook } from '../validation.ts';
import { projectIdParam, projectsQuery } from './params.ts';
import { projectFeature, projectsFeatureCollection } from './queries.ts';

const geoJson = { 'Content-Type': 'application/geo+json; charset=utf-8' };
const EXAMPLE = '{"properties":{"status":"works","actualStart":"2026-07-01"}}';

async function project(
  db: Database,
  id: number,
  tx?: Executor,
): Promise<{ properties: { version: number } }> {
  const body = await projectFeature(db, id, tx);
  if (!body) throw httpError(404, `no project number ${id}`, 'id');
  return JSON.parse(body) as { properties: { version: number } };
}

const lockProject = (db: Database, tx: Executor, id: number, expected: number) =>
  lockVersion(db, tx, { table: 'projects', what: `project ${id}` }, id, expected, () => project(db, id, tx));

export function projectRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .get('/', zValidator('query', projectsQuery, validationHook), async (c) => {
      const filter = c.req.valid('query');
      if (filter.commune) await requireCommune(db, filter.commune);
      return c.body(await projectsFeatureCollection(db, filter), 200, geoJson);
    })
    .get('/:id', zValidator('param', projectIdParam, validationHook), noQuery, async (c) => {
      const { id } = c.req.valid('param');
      const body = await projectFeature(db, id);
      if (!body) throw httpError(404, `no project number ${id}`, 'id');
      const version = (JSON.parse(body) as { properties: { version: number } }).properties.version;
      c.header('ETag', etagOf(version));
      return c.body(body, 200, geoJson);
    })
    .get('/:id/history', zValidator('param', projectIdParam, validationHook), async (c) => {
      requireRole(c, 'admin', 'planner', 'commune');
      c.header('Cache-Control', 'no-store');
      return c.json({ history: await featureHistory(db, 'projects', c.req.valid('param').id) });
    })
    .post('/', jsonBody(EXAMPLE), zValidator('json', newProject, validationHook), async (c) => {
      const account = requireRole(c, 'planner', 'commune');
      const created = await asEditor(db, account, 'web', ['projects'], async (tx) => {
        const id = await createProject(db, tx, account, c.req.valid('json'));
        return project(db, id, tx);
      });
      c.header('ETag', etagOf(created.properties.version));
      return c.body(JSON.stringify(created), 201, geoJson);
    })
    .patch(
      '/:id',
      zValidator('param', projectIdParam, validationHook),
      jsonBody(EXAMPLE),
      zValidator('json', projectChange, validationHook),
      async (c) => {
        const account = requireRole(c, 'planner', 'commune');
        const { id } = c.req.valid('param');
        const expected = expectedVersion(c);
        const changed = await asEditor(db, account, 'web', ['projects'], async (tx) => {
          await requireProjectScope(db, tx, account, id);
          await lockProject(db, tx, id, expected);
          await changeProject(db, tx, account, id, c.req.valid('json'));
          return project(db, id, tx);
        });
        c.header('ETag', etagOf(changed.properties.version));
        return c.body(JSON.stringify(changed), 200, geoJson);
      },
    )
    .delete('/:id', zValidator('param', projectIdParam, validationHook), async (c) => {
      const account = requireRole(c, 'planner', 'commune');
      const { id } = c.req.valid('param');
      const expected = expectedVersion(c);
      await asEditor(db, account, 'web', ['projects'], async (tx) => {
        await requireProjectScope(db, tx, account, id);
        await lockProject(db, tx, id, expected);
        await deleteProject(db, tx, account, id);
      });
      return c.json({ deleted: id });
    });
}
