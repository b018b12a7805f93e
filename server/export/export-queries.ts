// A layer as a file to download, written by PostGIS: GeoJSON (in EPSG:4326, or EPSG:3163 with
// the `crs` member GDAL and QGIS read) or the rows of a CSV (geometry as WKT, or x/y for points),
// reprojected with ST_Transform and rounded to about a centimetre.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { communeJoin, featureProperties, whereSql, type FeatureQuery } from '../layers/features.ts';
import { CRS, type DownloadMetadata, type ExportCrs } from './open-data.ts';

const idOf = (layer: LayerDef) => (layer.table === 'communes' ? sql`t.insee` : sql`t.id`);
const geometryIn = (crs: ExportCrs): SQL => (crs === 4326 ? sql`t.geom` : sql`ST_Transform(t.geom, 3163)`);

export async function geojsonExport(
  db: Database,
  layer: LayerDef,
  query: FeatureQuery,
  crs: ExportCrs,
  metadata: DownloadMetadata,
): Promise<string> {
  const decimals = sql.raw(String(CRS[crs].decimals));
  const crsMember =
    crs === 4326
      ? sql``
      : sql`'crs', json_build_object('type', 'name', 'properties', json_build_object('name', ${CRS[crs].urn}::text)),`;
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'name', ${layer.id}::text,
      ${crsMember}
      'metadata', ${JSON.stringify(metadata)}::json,
      'features', coalesce(json_agg(f.feature ORDER BY f.fid), '[]'::json)
    )::text AS body
    FROM (
      SELECT ${idOf(layer)} AS fid,
        json_build_object(
          'type', 'Feature',
          'id', ${idOf(layer)},
          'geometry', ST_AsGeoJSON(${geometryIn(crs)}, ${decimals})::json,
          'properties', json_build_object(${featureProperties(layer)})
        ) AS feature
      FROM ${sql.identifier(layer.table)} t ${communeJoin(layer)}
      WHERE ${whereSql(layer, query)}
    ) f`);
  return rows[0]?.body ?? '';
}

export type CsvGeometry = 'wkt' | 'xy';

/** The rows of a CSV: the properties, then the geometry (WKT, or x and y). */
export async function csvExportRows(
  db: Database,
  layer: LayerDef,
  query: FeatureQuery,
  crs: ExportCrs,
  geometry: CsvGeometry,
): Promise<
  { properties: Record<string, unknown>; wkt: string | null; x: number | null; y: number | null }[]
> {
  const decimals = sql.raw(String(CRS[crs].decimals));
  const g = geometryIn(crs);
  const shape =
    geometry === 'wkt'
      ? sql`ST_AsText(${g}, ${decimals}) AS wkt, NULL::float8 AS x, NULL::float8 AS y`
      : sql`NULL::text AS wkt, round(ST_X(${g})::numeric, ${decimals})::float8 AS x, round(ST_Y(${g})::numeric, ${decimals})::float8 AS y`;
  return db.rows(sql`
    SELECT json_build_object(${featureProperties(layer)}) AS properties, ${shape}
    FROM ${sql.identifier(layer.table)} t ${communeJoin(layer)}
    WHERE ${whereSql(layer, query)}
    ORDER BY ${idOf(layer)}`);
}
