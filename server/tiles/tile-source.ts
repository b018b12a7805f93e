// One tile, whichever the backend: ST_AsMVT on the PostGIS server, geojson-vt over PostGIS's
// GeoJSON on the embedded database (no protobuf there). Both give the same layers, ids and
// properties, and geometry within a tile unit or so of each other.
import type { Database } from '../../db/connection.ts';
import { geojsonVtTile } from './geojson-vt-tiles.ts';
import { postgisTile } from './postgis-tiles.ts';
import type { TileAddress } from './tile-address.ts';

/** The tile's MVT bytes, uncompressed; empty (0 bytes) when no feature reaches the tile. */
export function encodeTile(db: Database, tile: TileAddress): Promise<Uint8Array> {
  return db.backend === 'server' ? postgisTile(db, tile) : geojsonVtTile(db, tile);
}
