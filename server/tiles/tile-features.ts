// The SQL both tile encoders share: the tile's envelope (Web Mercator, and in EPSG:4326 with the
// buffer, for the GiST index on geom), and each feature's id and properties, which are the GeoJSON
// endpoint's own (featureProperties) so that a tile and /api/layers/:id cannot disagree.
import { sql, type SQL } from 'drizzle-orm';
import type { LayerDef } from '../layers/catalogue.ts';
import { communeJoin, featureProperties } from '../layers/features.ts';
import { TILE_BUFFER, TILE_EXTENT, type TileAddress } from './tile-address.ts';

/** Web Mercator's square, where the buffer of an edge tile is cut off. */
const WORLD_3857 = sql.raw(
  'ST_MakeEnvelope(-20037508.342789244, -20037508.342789244, 20037508.342789244, 20037508.342789244, 3857)',
);

/**
 * A one-row `bounds` table: `env`, the tile in EPSG:3857, and `box`, the tile with its buffer in
 * EPSG:4326 (a Mercator rectangle is a longitude/latitude rectangle: the transform is exact). The
 * buffer stops at the antimeridian: PROJ on the server wraps a longitude past 180° round to -180°,
 * which turned the box of a z1 or z2 tile over New Caledonia into one over the Atlantic.
 */
export function tileBounds({ z, x, y }: TileAddress): SQL {
  const margin = sql.raw(String(TILE_BUFFER / TILE_EXTENT));
  return sql`SELECT ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int) AS env,
      ST_Transform(ST_ClipByBox2D(ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int, margin => ${margin}::float8),
        ${WORLD_3857}), 4326) AS box`;
}

/** The feature id of a tile: the row's id, or the INSEE code as a number for the communes. */
export const tileFeatureId = (layer: LayerDef): SQL =>
  layer.table === 'communes' ? sql`t.insee::int` : sql`t.id`;

/**
 * The feature's properties as jsonb. A tile value is a string, number or boolean: a list becomes
 * its JSON text (`["3g","4g"]`), as MapLibre's own GeoJSON-to-tile path does; nulls are left out.
 */
export function tileProperties(layer: LayerDef): SQL {
  const lists = layer.attributes.filter((a) => a.type === 'list');
  const base = sql`jsonb_build_object(${featureProperties(layer)})`;
  if (lists.length === 0) return base;
  const overrides = lists.map((a) => sql`${a.name}::text, array_to_json(${sql.raw(a.sql)})::text`);
  return sql`(${base} || jsonb_build_object(${sql.join(overrides, sql`, `)}))`;
}

/** `FROM … WHERE …` of the layer's rows whose bounding box meets the buffered tile (`b.box`). */
export function tileRows(layer: LayerDef): SQL {
  return sql`FROM ${sql.identifier(layer.table)} t ${communeJoin(layer)} CROSS JOIN bounds b
    WHERE t.geom && b.box`;
}
