// OGC API – Features Part 4 (Create, Replace, Update, Delete; OGC 20-002): POST /items, PUT, PATCH
// and DELETE /items/{featureId}, through the same edits as the web API (server/edits/feature-edits.ts:
// the layer's schema, the planner role, If-Match, the history with via 'ogc'). A body is GeoJSON in
// CRS84 unless `Content-Crs` names EPSG:4326 (latitude first) or EPSG:3163; the properties the
// server computes (id, commune, source, measured length) are ignored when sent back; and OPTIONS
// answers the methods this user may use here.
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Database } from '../../db/connection.ts';
import { requireRole, type AuthEnv, type SignedIn } from '../auth/current-account.ts';
import {
  changeLayerFeature,
  createLayerFeature,
  deleteLayerFeature,
  notEditable,
  type EditableLayerDef,
} from '../edits/feature-edits.ts';
import { isEditable, layerPayloads } from '../edits/layer-payloads.ts';
import { expectedVersion } from '../edits/versions.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { JSON_TYPE } from '../validation.ts';
import { crsNamed, DEFAULT_CRS, SUPPORTED_CRS_URIS, type Crs } from './crs.ts';
import { badParameter, notFound, OgcError } from './exceptions.ts';
import { itemResponse } from './items-response.ts';
import { ogcBase } from './negotiate.ts';

const READ = ['GET', 'HEAD', 'OPTIONS'];

/** The methods `account` may use on a layer's items (`items`) or on one of them (`item`). */
export function allowedMethods(account: SignedIn | null, layer: LayerDef, on: 'items' | 'item'): string[] {
  if (!isEditable(layer.id) || account?.role !== 'planner') return READ;
  return on === 'items' ? [...READ, 'POST'] : [...READ, 'PUT', 'PATCH', 'DELETE'];
}

/** OPTIONS: 204 with Allow for this user. */
export const optionsAnswer = (c: Context<AuthEnv>, layer: LayerDef, on: 'items' | 'item') =>
  c.body(null, 204, { Allow: allowedMethods(c.get('account'), layer, on).join(', ') });

/** The planner who may write to this layer: 405 on reference data, then 401 or 403. */
function writer(c: Context<AuthEnv>, layer: LayerDef, on: 'items' | 'item'): [SignedIn, EditableLayerDef] {
  if (!isEditable(layer.id)) {
    const error = new OgcError(405, notEditable(layer), 'MethodNotAllowed');
    error.allow = allowedMethods(null, layer, on).join(', ');
    throw error;
  }
  return [requireRole(c, 'planner'), layer as EditableLayerDef];
}

/** The CRS of the body (Part 2's Content-Crs, `<uri>`); CRS84 when not said. */
function contentCrs(c: Context): Crs {
  const header = c.req.header('content-crs');
  if (header === undefined) return DEFAULT_CRS;
  const crs = crsNamed(header.trim().replace(/^<(.*)>$/, '$1'));
  if (!crs)
    throw badParameter(
      'Content-Crs',
      `unsupported CRS ${JSON.stringify(header.slice(0, 80))}; expected one of: ${SUPPORTED_CRS_URIS.map((u) => `<${u}>`).join(', ')}`,
    );
  return crs;
}

/** Swaps the first two numbers of every position of GeoJSON coordinates (anything else as is). */
function swapped(coordinates: unknown): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') {
    const [a, b, ...rest] = coordinates as unknown[];
    return [b, a, ...rest];
  }
  return coordinates.map(swapped);
}

/** The body's geometry in CRS84, as stored: axes swapped from EPSG:4326, projected back from 3163 by PostGIS. */
async function inCrs84(db: Database, geometry: unknown, crs: Crs): Promise<unknown> {
  if (crs === DEFAULT_CRS || geometry === null || typeof geometry !== 'object') return geometry;
  const g = geometry as Record<string, unknown>;
  if (crs.latFirst) return { ...g, coordinates: swapped(g.coordinates) };
  try {
    const rows = await db.rows<{ geojson: string }>(
      sql`SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}), ${crs.srid}), 4326), 9) AS geojson`,
    );
    return JSON.parse(rows[0]?.geojson ?? 'null') as unknown;
  } catch {
    throw badParameter('geometry', `not a GeoJSON geometry in ${crs.uri}`);
  }
}

/** The properties the server writes itself: given back by a client, they are not changes. */
function readOnlyProperties(layer: EditableLayerDef): Set<string> {
  const editable = new Set(Object.keys(layerPayloads[layer.id].properties.shape));
  const shown = ['id', ...layer.attributes.map((a) => a.name), 'communeInsee', 'communeName', 'source'];
  return new Set([...shown, 'version'].filter((name) => !editable.has(name)));
}

/** The request's feature, as the web API takes it: JSON, in CRS84, without what the server computes. */
async function featureInput(c: Context, db: Database, layer: EditableLayerDef, crs: Crs): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type.trim()))
    throw new OgcError(
      415,
      `expected Content-Type: application/geo+json, got ${type.slice(0, 60) || 'none'}`,
    );
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badParameter('body', 'not valid JSON; expected a GeoJSON Feature');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const { id: _id, links: _links, ...feature } = body as Record<string, unknown>;
  if ('geometry' in feature) feature.geometry = await inCrs84(db, feature.geometry, crs);
  const properties = feature.properties;
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
    const readOnly = readOnlyProperties(layer);
    feature.properties = Object.fromEntries(
      Object.entries(properties as Record<string, unknown>).filter(([name]) => !readOnly.has(name)),
    );
  }
  return feature;
}

/** The numeric id of an item of an edited layer (404 for anything else, as GET would answer). */
function featureNumber(layer: LayerDef, featureId: string): number {
  const id = /^\d{1,10}$/.test(featureId) ? Number(featureId) : NaN;
  if (!(id >= 1 && id <= 2_147_483_647))
    throw notFound(`collection ${layer.id} has no feature ${JSON.stringify(featureId.slice(0, 40))}`);
  return id;
}

/** The written feature as GET would give it, in the body's CRS, with its ETag. */
async function writtenItem(
  c: Context,
  db: Database,
  layer: LayerDef,
  id: number,
  crs: Crs,
  status: 200 | 201,
) {
  const res = await itemResponse(c, db, layer, String(id), crs);
  const headers = new Headers(res.headers);
  if (status === 201) headers.set('Location', `${ogcBase(c)}/collections/${layer.id}/items/${id}`);
  return new Response(res.body, { status, headers });
}

export function itemWrites(db: Database) {
  return {
    create: async (c: Context<AuthEnv>, layer: LayerDef) => {
      const [account, editable] = writer(c, layer, 'items');
      const crs = contentCrs(c);
      const input = await featureInput(c, db, editable, crs);
      const feature = await createLayerFeature(db, account, 'ogc', editable, input);
      return writtenItem(c, db, layer, feature.id, crs, 201);
    },
    change: async (c: Context<AuthEnv>, layer: LayerDef, featureId: string, mode: 'merge' | 'replace') => {
      const [account, editable] = writer(c, layer, 'item');
      const id = featureNumber(layer, featureId);
      const expected = expectedVersion(c);
      const crs = contentCrs(c);
      const input = await featureInput(c, db, editable, crs);
      await changeLayerFeature(db, account, 'ogc', editable, id, expected, input, mode);
      return writtenItem(c, db, layer, id, crs, 200);
    },
    remove: async (c: Context<AuthEnv>, layer: LayerDef, featureId: string) => {
      const [account, editable] = writer(c, layer, 'item');
      const id = featureNumber(layer, featureId);
      await deleteLayerFeature(db, account, 'ogc', editable, id, expectedVersion(c));
      return c.body(null, 204);
    },
  };
}
