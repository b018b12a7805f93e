// Creating, changing and deleting one feature of an editable layer, the same for every path that
// edits (the web API, OGC API – Features Part 4): the layer's zod schema, the planner role, the
// If-Match version under a row lock, and one attributed transaction (as-editor.ts) whose history
// says by which path. The callers only read the request and shape the answer.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/connection.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { layerFeatureCollection } from '../layers/features.ts';
import { validationError } from '../validation.ts';
import { asEditor, type EditPath } from './as-editor.ts';
import {
  EDITABLE_LAYERS,
  featureChangeOf,
  isEditable,
  newFeatureOf,
  type EditableLayer,
} from './layer-payloads.ts';
import { changeFeature, createFeature } from './layer-writes.ts';
import { lockVersion } from './versions.ts';

export type EditableLayerDef = LayerDef & { id: EditableLayer };

/** A feature as the web API gives it: the layer's GeoJSON with its `version`. */
export interface EditedFeature {
  id: number;
  properties: { version: number };
}

/** The layer of an id (404 for none, and for the communes, which are not features here). */
export function layerOf(id: string): LayerDef {
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

/** Why a layer cannot be edited (reference data), for the 405 of each path. */
export const notEditable = (layer: LayerDef) =>
  `layer ${layer.id} is reference data and cannot be edited here; editable layers: ${EDITABLE_LAYERS.join(', ')}`;

export function editableLayerOf(id: string): EditableLayerDef {
  const layer = layerOf(id);
  if (!isEditable(layer.id)) throw httpError(405, notEditable(layer));
  return layer as EditableLayerDef;
}

/** The input, checked against a schema (the same 400 naming the member as zValidator's). */
export function parsed<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, input, 'json');
  return result.data;
}

export async function featureOf(
  db: Database,
  layer: LayerDef,
  id: number,
  tx?: Executor,
): Promise<EditedFeature | undefined> {
  const text = await layerFeatureCollection(db, layer, { featureId: id }, tx);
  return (JSON.parse(text) as { features: EditedFeature[] }).features[0];
}

/** Locks the feature for the change and checks its version against If-Match (404, 412). */
export const lockFeature = (db: Database, tx: Executor, layer: LayerDef, id: number, expected: number) =>
  lockVersion(db, tx, { table: layer.table, what: `feature ${id} of layer ${layer.id}` }, id, expected, () =>
    featureOf(db, layer, id, tx),
  );

/** Creates a feature from `input` (a GeoJSON Feature of the layer); the new feature. */
export async function createLayerFeature(
  db: Database,
  account: SignedIn,
  path: EditPath,
  layer: EditableLayerDef,
  input: unknown,
): Promise<EditedFeature> {
  const body = parsed(newFeatureOf(layer.id), input);
  const feature = await asEditor(db, account, path, [layer.table], async (tx) => {
    const id = await createFeature(db, tx, layer.id, body, path);
    return featureOf(db, layer, id, tx);
  });
  if (!feature) throw new Error('the created feature was not found');
  return feature;
}

/**
 * Changes feature `id` from version `expected`: `merge` takes any of its properties and its
 * geometry (PATCH), `replace` takes a whole feature, every property and the geometry (PUT).
 */
export async function changeLayerFeature(
  db: Database,
  account: SignedIn,
  path: EditPath,
  layer: EditableLayerDef,
  id: number,
  expected: number,
  input: unknown,
  mode: 'merge' | 'replace' = 'merge',
): Promise<EditedFeature> {
  const change =
    mode === 'merge' ? parsed(featureChangeOf(layer.id), input) : parsed(newFeatureOf(layer.id), input);
  const feature = await asEditor(db, account, path, [layer.table], async (tx) => {
    await lockFeature(db, tx, layer, id, expected);
    await changeFeature(db, tx, layer.id, id, change);
    return featureOf(db, layer, id, tx);
  });
  if (!feature) throw new Error('the changed feature was not found');
  return feature;
}

/** Deletes feature `id` at version `expected`. */
export async function deleteLayerFeature(
  db: Database,
  account: SignedIn,
  path: EditPath,
  layer: EditableLayerDef,
  id: number,
  expected: number,
): Promise<void> {
  await asEditor(db, account, path, [layer.table], async (tx) => {
    await lockFeature(db, tx, layer, id, expected);
    await db.rows(sql`DELETE FROM ${sql.identifier(layer.table)} WHERE id = ${id}`, tx);
  });
}
