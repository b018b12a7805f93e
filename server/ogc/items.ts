// The features of a collection as PostGIS writes them: one page in id order after a keyset
// (`after`), with the number matched in the same statement (one snapshot), and one feature by
// id. Geometries are written in the response CRS: CRS84 as stored, EPSG:4326 latitude first
// (ST_FlipCoordinates), EPSG:3163 through ST_Transform, to about a centimetre.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { isEditable } from '../edits/layer-payloads.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { communeJoin, featureProperties } from '../layers/features.ts';
import type { Crs } from './crs.ts';
import type { ItemsQuery } from './items-query.ts';

export interface ItemsPage {
  numberMatched: number;
  numberReturned: number;
  /** The features as a JSON array, exactly as the database wrote it. */
  features: string;
  /** The id of the last feature, for the next page; absent on the last page. */
  nextAfter?: string;
}

function geometrySql(crs: Crs): SQL {
  if (crs.srid === 3163) return sql`ST_AsGeoJSON(ST_Transform(t.geom, 3163), 3)`;
  return crs.latFirst ? sql`ST_AsGeoJSON(ST_FlipCoordinates(t.geom), 7)` : sql`ST_AsGeoJSON(t.geom, 7)`;
}

const idColumn = (layer: LayerDef) => (layer.table === 'communes' ? sql`t.insee` : sql`t.id`);

/** The layer's rows that pass every condition, as `t` (the compiled CQL2 reads unaliased columns). */
function filtered(layer: LayerDef, conditions: SQL[]): SQL {
  const where = conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`TRUE`;
  return sql`(SELECT * FROM ${sql.identifier(layer.table)} WHERE ${where}) t`;
}

function featureSql(layer: LayerDef, crs: Crs): SQL {
  return sql`json_build_object('type', 'Feature', 'id', ${idColumn(layer)},
    'geometry', ${geometrySql(crs)}::json, 'properties', json_build_object(${featureProperties(layer)}))`;
}

export async function itemsPage(db: Database, layer: LayerDef, query: ItemsQuery): Promise<ItemsPage> {
  const id = idColumn(layer);
  // Ids are int4: a bigint parameter keeps a too-large `after` a comparison, not an error.
  const after =
    query.after === undefined
      ? sql`TRUE`
      : typeof query.after === 'number'
        ? sql`${id} > ${query.after}::bigint`
        : sql`${id} > ${query.after}`;
  const limit = query.limit;
  const [row] = await db.rows<{
    matched: number;
    returned: number;
    features: string;
    last: string | null;
    more: boolean;
  }>(sql`
    SELECT
      (SELECT count(*)::int FROM ${filtered(layer, query.conditions)}) AS matched,
      count(*) FILTER (WHERE p.n <= ${limit})::int AS returned,
      coalesce(json_agg(p.feature ORDER BY p.n) FILTER (WHERE p.n <= ${limit}), '[]'::json)::text AS features,
      (array_agg(p.fid::text ORDER BY p.n DESC) FILTER (WHERE p.n <= ${limit}))[1] AS last,
      count(*) > ${limit} AS more
    FROM (
      SELECT ${id} AS fid, ${featureSql(layer, query.crs)} AS feature, row_number() OVER (ORDER BY ${id}) AS n
      FROM ${filtered(layer, query.conditions)} ${communeJoin(layer)}
      WHERE ${after}
      ORDER BY ${id}
      LIMIT ${limit + 1}
    ) p`);
  if (!row) throw new Error('the items query returned no row');
  return {
    numberMatched: Number(row.matched),
    numberReturned: Number(row.returned),
    features: row.features,
    ...(row.more && row.last !== null ? { nextAfter: row.last } : {}),
  };
}

/** One feature as GeoJSON text with its version (edited layers), or undefined when there is none. */
export async function oneItem(
  db: Database,
  layer: LayerDef,
  featureId: string,
  crs: Crs,
): Promise<{ text: string; version: number | null } | undefined> {
  const isCommunes = layer.table === 'communes';
  if (!(isCommunes ? /^988\d{2}$/ : /^\d{1,15}$/).test(featureId)) return undefined;
  const value = isCommunes ? featureId : Number(featureId);
  // The reference layers have no version: they are not edited here.
  const version = isEditable(layer.id) ? sql`t.version` : sql`NULL::int`;
  const [row] = await db.rows<{ feature: string; version: number | null }>(sql`
    SELECT ${featureSql(layer, crs)}::text AS feature, ${version} AS version
    FROM ${filtered(layer, [])} ${communeJoin(layer)}
    WHERE ${idColumn(layer)} = ${isCommunes ? sql`${value}` : sql`${value}::bigint`}`);
  return row ? { text: row.feature, version: row.version } : undefined;
}
