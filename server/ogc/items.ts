// The features of a collection as PostGIS writes them: one page in id order after a keyset
// (`after`) or before one (`before`, the prev link), with the number matched in the same statement (one snapshot), and one feature by
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
  /** The id of the first feature, for the previous page; absent on the first page. */
  prevBefore?: string;
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
  // Ids are int4: a bigint parameter keeps a too-large keyset a comparison, not an error.
  const bound = (value: string | number) =>
    typeof value === 'number' ? sql`${value}::bigint` : sql`${value}`;
  const keyset =
    query.after !== undefined
      ? sql`${id} > ${bound(query.after)}`
      : query.before !== undefined
        ? sql`${id} < ${bound(query.before)}`
        : sql`TRUE`;
  // Backwards from `before`: the page just under it, sent in id order like any other.
  const direction = query.before === undefined ? sql`ASC` : sql`DESC`;
  const [row] = await db.rows<{
    matched: number;
    returned: number;
    features: string;
    first: string | null;
    last: string | null;
    hasPrev: boolean | null;
    hasNext: boolean | null;
  }>(sql`
    SELECT s.matched,
      count(p.fid)::int AS returned,
      coalesce(json_agg(p.feature ORDER BY p.fid) FILTER (WHERE p.fid IS NOT NULL), '[]'::json)::text AS features,
      min(p.fid)::text AS first,
      max(p.fid)::text AS last,
      min(p.fid) > s.lowest AS "hasPrev",
      max(p.fid) < s.highest AS "hasNext"
    FROM (
      SELECT count(*)::int AS matched, min(${id}) AS lowest, max(${id}) AS highest
      FROM ${filtered(layer, query.conditions)}
    ) s
    LEFT JOIN (
      SELECT ${id} AS fid, ${featureSql(layer, query.crs)} AS feature
      FROM ${filtered(layer, query.conditions)} ${communeJoin(layer)}
      WHERE ${keyset}
      ORDER BY ${id} ${direction}
      LIMIT ${query.limit}
    ) p ON TRUE
    GROUP BY s.matched, s.lowest, s.highest`);
  if (!row) throw new Error('the items query returned no row');
  return {
    numberMatched: Number(row.matched),
    numberReturned: Number(row.returned),
    features: row.features,
    ...(row.hasNext && row.last !== null ? { nextAfter: row.last } : {}),
    ...(row.hasPrev && row.first !== null ? { prevBefore: row.first } : {}),
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
