// White zones: land no mobile service reaches (the white_zones view, migration 0003), as GeoJSON.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { coordinatePrecision, degreesPerPixel } from '../layers/features.ts';

export async function whiteZonesFeatureCollection(
  db: Database,
  options: { commune?: string | undefined; zoom?: number | undefined } = {},
): Promise<string> {
  const { commune, zoom } = options;
  const precision = sql.raw(String(coordinatePrecision(zoom)));
  const geometry =
    zoom === undefined
      ? sql`ST_AsGeoJSON(w.geom, ${precision})`
      : sql`ST_AsGeoJSON(ST_SimplifyPreserveTopology(w.geom, ${sql.raw(degreesPerPixel(zoom).toExponential(6))}), ${precision})`;
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature', 'id', w.id,
      'geometry', ${geometry}::json,
      'properties', json_build_object('id', w.id, 'communeInsee', w.commune_insee,
        'communeName', w.commune_name, 'areaKm2', w.area_km2, 'population', w.population)
    ) ORDER BY w.id), '[]'::json))::text AS body
    FROM white_zones w
    WHERE ${commune ? sql`w.commune_insee = ${commune}` : sql`true`}`);
  return rows[0]?.body ?? '{"type":"FeatureCollection","features":[]}';
}
