// Tiles on the server backend, as Martin and pg_tileserv make them: ST_AsMVT over
// ST_AsMVTGeom(geom in EPSG:3857, ST_TileEnvelope(z, x, y), 4096, 64), the rows found through the
// GiST index on geom by the buffered envelope in EPSG:4326. One MVT layer per catalogue layer,
// named by its id; several layers are concatenated tiles, which is one tile (MVT spec 4.1).
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { TILE_BUFFER, TILE_EXTENT, type TileAddress } from './tile-address.ts';
import { tileBounds, tileFeatureId, tileProperties, tileRows } from './tile-features.ts';

function layerTile(layer: LayerDef): SQL {
  return sql`(SELECT coalesce(ST_AsMVT(q, ${layer.id}::text, ${sql.raw(String(TILE_EXTENT))}, 'geom', 'fid'), '\\x'::bytea)
    FROM (
      SELECT ${tileFeatureId(layer)} AS fid,
        ST_AsMVTGeom(ST_Transform(t.geom, 3857), b.env, ${sql.raw(String(TILE_EXTENT))}, ${sql.raw(String(TILE_BUFFER))}, true) AS geom,
        ${tileProperties(layer)} AS properties
      ${tileRows(layer)}
      ORDER BY 1
    ) q
    WHERE q.geom IS NOT NULL)`;
}

/** The SQL of a tile: one bytea, empty when no feature reaches the tile. */
export function postgisTileSql(tile: TileAddress): SQL {
  return sql`WITH bounds AS (${tileBounds(tile)})
    SELECT ${sql.join(tile.layers.map(layerTile), sql` || `)} AS tile`;
}

/** The tile's MVT bytes, ST_AsMVT's own; empty when no feature reaches the tile. */
export async function postgisTile(db: Database, tile: TileAddress): Promise<Uint8Array> {
  const [row] = await db.rows<{ tile: Uint8Array | null }>(postgisTileSql(tile));
  return row?.tile ? new Uint8Array(row.tile) : new Uint8Array();
}
