// One feature of a layer: GET /api/layers/:layer/features/:id (with its version as ETag), and for
// planners POST /api/layers/:layer/features, PATCH and DELETE …/:id with If-Match; the history
// of a feature, for signed-in accounts, at …/:id/history. Every layer of layer-payloads.ts is
// editable, each with its own schema; the reference layers (communes, settlements) are not.
import { zValidator } from '@hono/zod-validator';
import { sql } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Database, Executor } from '../../db/connection.ts';
import { requireRole, type AuthEnv } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { layerFeatureCollection } from '../layers/features.ts';
import { jsonBody, validationError, validationHook } from '../validation.ts';
import { asEditor } from './as-editor.ts';
import { deletedFeatures, featureHistory, historyEntry } from './history.ts';
import {
  EDITABLE_LAYERS,
  featureChangeOf,
  isEditable,
  newFeatureOf,
  type EditableLayer,
} from './layer-payloads.ts';
import { changeFeature, createFeature, restoreFeature } from './layer-writes.ts';
import { etagOf, expectedVersion, lockVersion } from './versions.ts';

const featureParams = z.object({
  layer: z.string(),
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
const layerParam = z.object({ layer: z.string() });
const restoreBody = z.strictObject({ historyId: z.number().int().positive() });
const FEATURE_EXAMPLE =
  '{"type":"Feature","geometry":{"type":"Point","coordinates":[166.45,-22.27]},"properties":{"openingHours":"6h-22h"}}';

/** The body, checked against the layer's schema (the same 400 as zValidator's). */
async function bodyOf<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const input: unknown = await c.req.json();
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, input, 'json');
  return result.data;
}

function editableLayerOf(id: string): LayerDef & { id: EditableLayer } {
  const layer = layerOf(id);
  if (!isEditable(layer.id)) {
    throw httpError(
      405,
      `layer ${layer.id} is reference data and cannot be edited here; editable layers: ${EDITABLE_LAYERS.join(', ')}`,
    );
  }
  return layer as LayerDef & { id: EditableLayer };
}

function layerOf(id: string): LayerDef {
  const layer = layersById.get(id);
  if (!layer || layer.table === 'communes') {
    throw httpError(
      404,
      `unknown layer ${excerpt(id)}; known layers: ${layers.map((l) => l.id).join(', ')}`,
      'layer',
    );
  }
  return layer;
}

interface Feature {
  id: number;
  properties: { version: number };
}

async function featureOf(
  db: Database,
  layer: LayerDef,
  id: number,
  tx?: Executor,
): Promise<Feature | undefined> {
  const text = await layerFeatureCollection(db, layer, { featureId: id }, tx);
  return (JSON.parse(text) as { features: Feature[] }).features[0];
}

/** Locks the feature for the change and checks its version against If-Match (404, 412). */
const lockFeature = (db: Database, tx: Executor, layer: LayerDef, id: number, expected: number) =>
  lockVersion(db, tx, { table: layer.table, what: `feature ${id} of layer ${layer.id}` }, id, expected, () =>
    featureOf(db, layer, id, tx),
  );

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
        const body = await bodyOf(c, newFeatureOf(layer.id));
        const feature = await asEditor(db, account, 'web', [layer.table], async (tx) => {
          const id = await createFeature(db, tx, layer.id, body);
          return featureOf(db, layer, id, tx);
        });
        if (!feature) throw new Error('the created feature was not found');
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
        const change = await bodyOf(c, featureChangeOf(layer.id));
        const feature = await asEditor(db, account, 'web', [layer.table], async (tx) => {
          await lockFeature(db, tx, layer, id, expected);
          await changeFeature(db, tx, layer.id, id, change);
          return featureOf(db, layer, id, tx);
        });
        if (!feature) throw new Error('the changed feature was not found');
        c.header('ETag', etagOf(feature.properties.version));
        return c.json(feature);
      },
    )
    .delete('/:layer/features/:id', zValidator('param', featureParams, validationHook), async (c) => {
      const account = requireRole(c, 'planner');
      const { layer: layerId, id } = c.req.valid('param');
      const layer = editableLayerOf(layerId);
      const expected = expectedVersion(c);
      await asEditor(db, account, 'web', [layer.table], async (tx) => {
        await lockFeature(db, tx, layer, id, expected);
        await db.rows(sql`DELETE FROM ${sql.identifier(layer.table)} WHERE id = ${id}`, tx);
      });
      return c.json({ deleted: id, layer: layer.id });
    });
}
