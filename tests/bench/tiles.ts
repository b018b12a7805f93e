// Vector tile latency (BENCH_ONLY=tiles): medians at z6 over the territory, z10 and z14 over
// Nouméa, for the coverage, the communes, the schools and every layer in one tile. Over HTTP:
// encoded each time (no tile cache), from the tile cache, and a conditional GET answered 304; on
// the server backend against the same ST_AsMVT SQL run directly, interleaved.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Database } from '../../db/connection.ts';
import { createApp } from '../../server/app.ts';
import { layers } from '../../server/layers/catalogue.ts';
import { defaultLimits } from '../../server/limits/limits.ts';
import { postgisTileSql } from '../../server/tiles/postgis-tiles.ts';
import { tileLayers } from '../../server/tiles/tile-address.ts';
import { CompressedCache } from '../../server/http/compressed-cache.ts';
import { tileRoutes } from '../../server/tiles/routes.ts';
import { tileAt } from '../support/tiles.ts';
import { interleavedMediansMs, medianMs } from './stats.ts';

const NOUMEA = [166.4485, -22.2758] as const;
export const TILE_CASES = [
  { place: 'territory (north)', tile: { z: 6, x: 61, y: 35 } },
  { place: 'territory (south)', tile: { z: 6, x: 61, y: 36 } },
  { place: 'Nouméa', tile: tileAt(...NOUMEA, 10) },
  { place: 'Nouméa centre', tile: tileAt(...NOUMEA, 14) },
];
export const TILE_LAYERS = ['mobile-coverage', 'communes', 'schools', layers.map((l) => l.id).join(',')];

export interface TileBenchRow {
  place: string;
  tile: string;
  layers: string;
  status: number;
  gzipBytes: number;
  encodedMs: number;
  /** The ST_AsMVT statement alone (server backend); NaN on the embedded one. */
  sqlMs: number;
  cachedMs: number;
  notModifiedMs: number;
}

async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function benchTiles(db: Database, runs: number): Promise<TileBenchRow[]> {
  const { app } = createApp(db);
  // The same routes with a tile cache that keeps nothing: every request encodes its tile.
  const uncached = new Hono().route(
    '/tiles',
    tileRoutes(db, defaultLimits(db), new CompressedCache({ maxBytes: 0, maxEntryBytes: 0, maxEntries: 0 })),
  );
  const cached = await listen(app.fetch);
  const encoding = await listen(uncached.fetch);
  const rows: TileBenchRow[] = [];
  try {
    for (const { place, tile } of TILE_CASES) {
      for (const ids of TILE_LAYERS) {
        const path = `/tiles/${ids}/${tile.z}/${tile.x}/${tile.y}.mvt`;
        const first = await fetch(`${cached.base}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
        const raw = new Uint8Array(await first.arrayBuffer());
        const etag = first.headers.get('etag') ?? '';
        const get =
          (base: string, headers: Record<string, string> = {}) =>
          async () => {
            const res = await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'gzip', ...headers } });
            await res.arrayBuffer();
          };
        const address = { layers: tileLayers(ids), ...tile };
        const contenders: Record<string, () => Promise<unknown>> = { encoded: get(encoding.base) };
        if (db.backend === 'server') contenders.sql = () => db.rows(postgisTileSql(address));
        const medians = await interleavedMediansMs(runs, contenders);
        rows.push({
          place,
          tile: `${tile.z}/${tile.x}/${tile.y}`,
          layers: ids.includes(',') ? 'all layers' : ids,
          status: first.status,
          gzipBytes: raw.byteLength === 0 ? 0 : gzipSync(raw).length,
          encodedMs: medians.encoded ?? NaN,
          sqlMs: medians.sql ?? NaN,
          cachedMs: await medianMs(runs, get(cached.base)),
          notModifiedMs: await medianMs(runs, get(cached.base, { 'If-None-Match': etag })),
        });
      }
    }
  } finally {
    for (const { server } of [cached, encoding])
      await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return rows;
}
