// One feature of a layer: GET /api/layers/:layer/features/:id (with its version as ETag), and for
// planners POST /api/layers/:layer/features, PATCH and DELETE …/:id with If-Match; the history
// of a feature, for signed-in accounts, at …/:id/history. Every layer of layer-payloads.ts is
// editable, each with its own schema; the reference layers (communes, settlements) are not.
import { zValidator } from '@hono/zod-validator';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { requireRole, type AuthEnv } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import { jsonBody, validationHook } from '../validation.ts';
import { asEditor } from './as-editor.ts';
import {
  changeLayerFeature,
  createLayerFeature,
  deleteLayerFeature,
  editableLayerOf,
  featureOf,
  layerOf,
  lockFeature,
} from './feature-edits.ts';
import { deletedFeatures, featureHistory, historyEntry } from './history.ts';
import { restoreFeature } from './layer-writes.ts';
import { etagOf, expectedVersion } from './versions.ts';

export const featureParams = z.object({
  layer: z.string(),
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
export const layerParam = z.object({ layer: z.string() });
export const restoreBody = z.strictObject({ historyId: z.number().int().positive() });
export const FEATURE_EXAMPLE =
  '{"type":"Feature","geometry":{"type":"Point","coordinates":[166.45,-22.27]},"properties":{"openingHours":"6h-22h"}}';

export function featureRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .get('/:layer/features/:id', zValidator('param', featureParams, validationHook), async (c) => {
      const { layer: layerId, id } = c.req.valid('param');
      const layer = layerOf(layerId);
      const feature = await featureOf(db, layer, id);
      if (!feature) throw httpError(404, `no feature ${id} in layer ${layer.id}`, 'id');
      c.header('ETag', etagOf(feature.properties.version));
      c.header('Cache-Control', 'no-cache');
      return c.json(feature, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
    })
    .get('/:layer/features/:id/history', zValidator('param', featureParams, validationHook), async (c) => {
      requireRole(c, 'admin', 'planner', 'commune');
      const { layer: layerId, id } = c.req.valid('param');
      const layer = layerOf(layerId);
      c.header('Cache-Control', 'no-store');
      return c.json({ history: await featureHistory(db, layer.table, id) });
    })
    .get('/:layer/deleted', zValidator('param', layerParam, validationHook), async (c) => {
      requireRole(c, 'planner');
      const layer = editableLayerOf(c.req.valid('param').layer);
      c.header('Cache-Control', 'no-store');
      return c.json({ deleted: await deletedFeatures(db, layer.table) });
    })
    .post(
      '/:layer/features/:id/restore',
      zValidator('param', featureParams, validationHook),
      jsonBody('{"historyId":42}'),
      zValidator('json', restoreBody, validationHook),
      async (c) => {
        const account = requireRole(c, 'planner');
        const { layer: layerId, id } = c.req.valid('param');
        const layer = editableLayerOf(layerId);
        const { historyId } = c.req.valid('json');
        const feature = await asEditor(db, account, 'web', [layer.table], async (tx) => {
          const entry = await historyEntry(db, layer.table, historyId, tx);
          if (!entry || entry.featureId !== id) {
            throw httpError(
              400,
              `historyId: no entry ${historyId} in the history of feature ${id}`,
              'historyId',
            );
          }
          if (!entry.state) throw new Error(`history entry ${historyId} holds no feature`);
          const rows = await db.rows<{ version: number }>(
            sql`SELECT version FROM ${sql.identifier(layer.table)} WHERE id = ${id} FOR UPDATE`,
            tx,
          );
          const exists = rows.length > 0;
          // Over a feature that is there, the change must name its version like any other;
          // a deleted one has none, and comes back at the version after its last.
          if (exists) await lockFeature(db, tx, layer, id, expectedVersion(c));
          const last = await db.rows<{ version: number }>(
            sql`SELECT max(version)::int AS version FROM feature_history WHERE table_name = ${layer.table} AND feature_id = ${id}`,
            tx,
          );
          await restoreFeature(db, tx, layer.id, id, entry.state, exists, last[0]?.version ?? entry.version);
          return featureOf(db, layer, id, tx);
        });
        if (!feature) throw new Error('the restored feature was not found');
        c.header('ETag', etagOf(feature.properties.version));
        return c.json(feature);
      },
    )
    .post(
      '/:layer/features',
      zValidator('param', layerParam, validationHook),
      jsonBody(FEATURE_EXAMPLE),
      async (c) => {
        const account = requireRole(c, 'planner');
        const layer = editableLayerOf(c.req.valid('param').layer);
        const feature = await createLayerFeature(db, account, 'web', layer, await c.req.json());
        c.header('ETag', etagOf(feature.properties.version));
        c.header('Location', `/api/layers/${layer.id}/features/${feature.id}`);
        return c.json(feature, 201);
      },
    )
    .patch(
      '/:layer/features/:id',
      zValidator('param', featureParams, validationHook),
      jsonBody(FEATURE_EXAMPLE),
      async (c) => {
        const account = requireRole(c, 'planner');
        const { layer: layerId, id } = c.req.valid('param');
        const layer = editableLayerOf(layerId);
        const expected = expectedVersion(c);
        const body: unknown = await c.req.json();
        const feature = await changeLayerFeature(db, account, 'web', layer, id, expected, body);
        c.header('ETag', etagOf(feature.properties.version));
        return c.json(feature);
      },
    )
    .delete('/:layer/features/:id', zValidator('param', featureParams, validationHook), async (c) => {
      const account = requireRole(c, 'planner');
      const { layer: layerId, id } = c.req.valid('param');
      const layer = editableLayerOf(layerId);
      await deleteLayerFeature(db, account, 'web', layer, id, expectedVersion(c));
      return c.json({ deleted: id, layer: layer.id });
    });
}
