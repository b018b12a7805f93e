// /tiles: Mapbox Vector Tiles of the catalogue's layers, /tiles/{layers}/{z}/{x}/{y}.mvt, and
// their TileJSON, /tiles/{layer}.json and /tiles/layers.json. Mounted beside /api with the same
// time budget and outage guard. A tile's ETag is its layers' data version, checked before any tile
// query runs; encoded tiles are kept gzipped per version (server/http/compressed-cache.ts). A tile with no feature
// is answered 204 No Content, on both backends.
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { excerpt } from '../excerpt.ts';
import { httpError } from '../errors.ts';
import { CompressedCache } from '../http/compressed-cache.ts';
import { acceptsGzip, ifNoneMatches, versionEtag } from '../http/conditional.ts';
import { layers, type LayerDef } from '../layers/catalogue.ts';
import { layerStats } from '../layers/catalogue-stats.ts';
import { layerDataVersion } from '../layers/data-version.ts';
import { requestDeadline } from '../limits/deadline.ts';
import type { Limits } from '../limits/limits.ts';
import { OutageGuard } from '../limits/outage.ts';
import { strictQuery, validationHook } from '../validation.ts';
import { tileAddress, tileLayers, tileName } from './tile-address.ts';
import { tileJson } from './tilejson.ts';
import { encodeTile } from './tile-source.ts';

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
/** Bumped when the encoding changes, so that a browser's kept tiles are not revalidated as current. */
const TILE_FORMAT = 'mvt1';
/** A minute, as the GeoJSON layers; the URLs of the TileJSON carry the version, so edits show at once. */
const TILE_CACHE_CONTROL = 'public, max-age=60';

/** `v` is the data version the TileJSON put in the URL: a cache buster, not read. */
const tileQuery = strictQuery({
  v: z.string({ error: 'expected a data version' }).max(1000, 'expected a data version').optional(),
});
const noParameters = strictQuery({});

/** Encoded tiles kept: 32 MB and 20,000 tiles at most (an empty tile costs an entry). */
export const tileCache = () =>
  new CompressedCache({ maxBytes: 32 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024, maxEntries: 20_000 });

/** The data version of several layers: theirs, in order. */
async function layersVersion(db: Database, wanted: LayerDef[]): Promise<string> {
  const versions = await Promise.all(wanted.map((layer) => layerDataVersion(db, layer)));
  return versions.join('+');
}

/** The answer is the one the client holds: 304 with the same validators, no body. */
function notModified(c: Context, etag: string): boolean {
  c.header('ETag', etag);
  c.header('Vary', 'Accept-Encoding');
  return ifNoneMatches(c, etag);
}

export function tileRoutes(db: Database, limits: Limits, cache = tileCache()) {
  const tiles = new Hono();
  tiles.use(requestDeadline(limits.requestTimeoutMs));
  tiles.use(new OutageGuard(db).middleware([]));
  tiles.get('/:name', zValidator('query', noParameters, validationHook), async (c) => {
    const name = c.req.param('name');
    if (!name.endsWith('.json')) {
      throw httpError(
        404,
        `TileJSON is served as {layer}.json or layers.json, got ${excerpt(name)}`,
        'format',
      );
    }
    const id = name.slice(0, -'.json'.length);
    const wanted = id === 'layers' ? layers : tileLayers(id);
    const version = await layersVersion(db, wanted);
    if (notModified(c, versionEtag(`${version}.tilejson`))) return c.body(null, 304);
    const stats = await layerStats(db);
    const origin = new URL(c.req.url).origin;
    return c.json(tileJson(origin, wanted, stats, version, id));
  });
  tiles.get('/:layers/:z/:x/:file', zValidator('query', tileQuery, validationHook), async (c) => {
    const { layers: rawLayers, z: rawZ, x: rawX, file } = c.req.param();
    const tile = tileAddress(rawLayers, rawZ, rawX, file);
    // The version first: a tile is never older than the ETag it is sent with.
    const version = await layersVersion(db, tile.layers);
    c.header('Cache-Control', TILE_CACHE_CONTROL);
    if (notModified(c, versionEtag(`${version}.${TILE_FORMAT}`))) return c.body(null, 304);
    const { gzipped, hit } = await cache.entry(`${tileName(tile)}@${version}`, () => encodeTile(db, tile));
    c.header('X-Tile-Cache', hit ? 'hit' : 'miss');
    if (gzipped.byteLength === 0) return c.body(null, 204);
    if (!acceptsGzip(c))
      return c.body(new Uint8Array(gunzipSync(gzipped)), 200, { 'Content-Type': MVT_TYPE });
    return c.body(gzipped, 200, { 'Content-Type': MVT_TYPE, 'Content-Encoding': 'gzip' });
  });
  return tiles;
}
