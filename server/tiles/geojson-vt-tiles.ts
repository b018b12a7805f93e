// Tiles on the embedded backend, whose PostGIS is built without protobuf (no ST_AsMVT): PostGIS
// writes the features of the buffered tile envelope as GeoJSON, clipped to it, and
// @maplibre/geojson-vt cuts them into tile coordinates that @maplibre/vt-pbf encodes, with the
// server backend's layer names, extent, buffer, ids and properties.
import { geoJSONToTile, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { sql } from 'drizzle-orm';
import type { FeatureCollection } from 'geojson';
import type { Database } from '../../db/connection.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { TILE_BUFFER, TILE_EXTENT, type TileAddress } from './tile-address.ts';
import { tileBounds, tileFeatureId, tileProperties, tileRows } from './tile-features.ts';

/** Decimals that place a vertex within a tenth of a tile unit at zoom z. */
export function tileCoordinatePrecision(z: number): number {
  const degreesPerUnit = 360 / (TILE_EXTENT * 2 ** z);
  return Math.min(9, Math.ceil(Math.log10(1 / degreesPerUnit)) + 1);
}

/** The layer's features meeting the buffered tile, clipped to it, as GeoJSON text. */
async function layerFeatures(db: Database, layer: LayerDef, tile: TileAddress): Promise<string> {
  const precision = sql.raw(String(tileCoordinatePrecision(tile.z)));
  const [row] = await db.rows<{ body: string }>(sql`
    WITH bounds AS (${tileBounds(tile)})
    SELECT json_build_object('type', 'FeatureCollection',
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature', 'id', f.fid, 'geometry', ST_AsGeoJSON(f.geom, ${precision})::json,
        'properties', f.properties) ORDER BY f.fid), '[]'::json))::text AS body
    FROM (
      SELECT ${tileFeatureId(layer)} AS fid, ST_ClipByBox2D(t.geom, b.box) AS geom,
        ${tileProperties(layer)} AS properties
      ${tileRows(layer)}
    ) f
    WHERE NOT ST_IsEmpty(f.geom)`);
  return row?.body ?? '{"type":"FeatureCollection","features":[]}';
}

/** The tile's MVT bytes; empty when no feature reaches the tile. */
export async function geojsonVtTile(db: Database, tile: TileAddress): Promise<Uint8Array> {
  const cut: Record<string, GeoJSONVTTile> = {};
  for (const layer of tile.layers) {
    const features = JSON.parse(await layerFeatures(db, layer, tile)) as FeatureCollection;
    if (features.features.length === 0) continue;
    const layerTile = geoJSONToTile(features, tile.z, tile.x, tile.y, {
      extent: TILE_EXTENT,
      buffer: TILE_BUFFER,
      clip: true,
      // Not simplified (geojson-vt simplifies below its maxZoom only), as ST_AsMVTGeom does not:
      // a simplification of 3 tile units flattened islands a pixel across into slivers.
      maxZoom: tile.z,
    });
    if (layerTile.features.length > 0) cut[layer.id] = layerTile;
  }
  if (Object.keys(cut).length === 0) return new Uint8Array();
  return fromGeojsonVt(cut, { version: 2, extent: TILE_EXTENT });
}
