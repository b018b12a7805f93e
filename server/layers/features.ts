// A layer as one GeoJSON FeatureCollection, built entirely by PostGIS: bbox through the GiST
// index, geometry simplified to about a pixel at the requested zoom, coordinates rounded to match.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import type { LayerDef } from './catalogue.ts';
import { bandFor, bandJoin, degreesPerPixel, isGeneralised, refreshBand } from './generalised.ts';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface FeatureQuery {
  bbox?: BBox | undefined;
  zoom?: number | undefined;
  commune?: string | undefined;
  /** Attribute name → allowed values (already checked against the layer's enum). */
  filters?: Record<string, string[]>;
  /** One feature only, with its version (the ETag of editing, issue 10). */
  featureId?: number | undefined;
}

export { degreesPerPixel };

/** Enough decimals to place a vertex within a tenth of a pixel; 6 (~0.1 m) without a zoom. */
export function coordinatePrecision(zoom: number | undefined): number {
  if (zoom === undefined) return 6;
  const digits = Math.ceil(Math.log10(1 / degreesPerPixel(zoom))) + 1;
  return Math.min(7, Math.max(3, digits));
}

function geometrySql(layer: LayerDef, zoom: number | undefined, band: number | undefined): SQL {
  const precision = sql.raw(String(coordinatePrecision(zoom)));
  if (band !== undefined) return sql`ST_AsGeoJSON(g.geom, ${precision})`;
  if (layer.geometryType === 'Point' || zoom === undefined || isGeneralised(layer)) {
    return sql`ST_AsGeoJSON(t.geom, ${precision})`;
  }
  const tolerance = sql.raw(degreesPerPixel(zoom).toExponential(6));
  return sql`ST_AsGeoJSON(ST_SimplifyPreserveTopology(t.geom, ${tolerance}), ${precision})`;
}

export function whereSql(layer: LayerDef, query: FeatureQuery): SQL {
  const conditions: SQL[] = [sql`true`];
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    conditions.push(sql`t.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`);
  }
  if (query.featureId !== undefined) conditions.push(sql`t.id = ${query.featureId}`);
  if (query.commune) {
    const column = layer.table === 'communes' ? 'insee' : 'commune_insee';
    conditions.push(sql`t.${sql.identifier(column)} = ${query.commune}`);
  }
  for (const [attribute, values] of Object.entries(query.filters ?? {})) {
    // The attribute's SQL comes from the catalogue, values are bound parameters.
    const expression = layer.attributes.find((a) => a.name === attribute)?.sql;
    if (!expression) throw new Error(`layer ${layer.id} has no attribute ${attribute}`);
    conditions.push(
      sql`(${sql.raw(expression)})::text IN (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`,
    );
  }
  return sql.join(conditions, sql` AND `);
}

/**
 * The `json_build_object` arguments of a feature's properties (over the layer's table `t` joined
 * to its commune `c`): the catalogue's attributes, its commune and source, and its version if asked.
 */
export function featureProperties(layer: LayerDef, withVersion = false): SQL {
  const idColumn = layer.table === 'communes' ? sql`t.insee` : sql`t.id`;
  return sql.join(
    [
      sql`'id', ${idColumn}`,
      ...layer.attributes.map((a) => sql`${a.name}::text, ${sql.raw(a.sql)}`),
      ...(layer.table === 'communes'
        ? []
        : [sql`'communeInsee', t.commune_insee, 'communeName', c.name, 'source', t.source`]),
      ...(withVersion ? [sql`'version', t.version`] : []),
    ],
    sql`, `,
  );
}

/** The join that names each feature's commune (none for the communes themselves). */
export const communeJoin = (layer: LayerDef): SQL =>
  layer.table === 'communes' ? sql`` : sql`JOIN communes c ON c.insee = t.commune_insee`;

/** The FeatureCollection as JSON text, exactly as the database wrote it. */
export async function layerFeatureCollection(
  db: Database,
  layer: LayerDef,
  query: FeatureQuery,
  executor?: Executor,
): Promise<string> {
  const properties = featureProperties(layer, query.featureId !== undefined);
  // Zoomed out, a line or area layer reads its generalised band (brought up to date first).
  const band = isGeneralised(layer) && query.featureId === undefined ? bandFor(query.zoom) : undefined;
  if (band !== undefined) await refreshBand(db, layer, band, executor);
  const join = band === undefined ? communeJoin(layer) : sql`${communeJoin(layer)} ${bandJoin(layer, band)}`;
  const idColumn = layer.table === 'communes' ? sql`t.insee` : sql`t.id`;
  const rows = await db.rows<{ body: string }>(
    sql`
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce(json_agg(f.feature ORDER BY f.fid), '[]'::json)
    )::text AS body
    FROM (
      SELECT ${idColumn} AS fid,
        json_build_object(
          'type', 'Feature',
          'id', ${idColumn},
          'geometry', ${geometrySql(layer, query.zoom, band)}::json,
          'properties', json_build_object(${properties})
        ) AS feature
      FROM ${sql.identifier(layer.table)} t ${join}
      WHERE ${whereSql(layer, query)}
    ) f`,
    executor,
  );
  return rows[0]?.body ?? '{"type":"FeatureCollection","features":[]}';
}
