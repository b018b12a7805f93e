// Answers by data version (issue 12), on the coverage layer at the three views of layers.ts:
// - SQL: the zoomed query reading the generalised band against the same query simplifying every
//   geometry on the fly (what the endpoint ran before) and against no simplification at all;
// - HTTP: a full answer (identity), a gzip answer (kept after the first), and a conditional GET
//   answered 304 from the version, against the full answer.
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/connection.ts';
import { createApp } from '../../server/app.ts';
import { layersById } from '../../server/layers/catalogue.ts';
import {
  communeJoin,
  coordinatePrecision,
  degreesPerPixel,
  featureProperties,
  layerFeatureCollection,
  whereSql,
  type FeatureQuery,
} from '../../server/layers/features.ts';
import { VIEWS } from './layers.ts';
import { medianMs } from './stats.ts';

export interface VersionBenchRow {
  layer: string;
  view: string;
  zoom: number;
  bandSqlMs: number;
  onTheFlySqlMs: number;
  rawSqlMs: number;
  fullHttpMs: number;
  gzipHttpMs: number;
  notModifiedMs: number;
}

/** The layer's query as it was before the bands: every geometry simplified in the request. */
async function simplifiedOnTheFly(db: Database, id: string, query: FeatureQuery): Promise<string> {
  const layer = layersById.get(id);
  if (!layer || query.zoom === undefined) throw new Error(`no layer ${id} or no zoom`);
  const precision = sql.raw(String(coordinatePrecision(query.zoom)));
  const tolerance = sql.raw(degreesPerPixel(query.zoom).toExponential(6));
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object('type', 'FeatureCollection',
      'features', coalesce(json_agg(f.feature ORDER BY f.fid), '[]'::json))::text AS body
    FROM (
      SELECT t.id AS fid, json_build_object('type', 'Feature', 'id', t.id,
        'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(t.geom, ${tolerance}), ${precision})::json,
        'properties', json_build_object(${featureProperties(layer)})) AS feature
      FROM ${sql.identifier(layer.table)} t ${communeJoin(layer)}
      WHERE ${whereSql(layer, query)}
    ) f`);
  return rows[0]?.body ?? '';
}

export async function benchVersions(db: Database, runs: number, ids = ['mobile-coverage', 'fibre-zones']) {
  const { app } = createApp(db);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: VersionBenchRow[] = [];
  try {
    for (const id of ids) {
      const layer = layersById.get(id);
      if (!layer) throw new Error(`no layer ${id}`);
      for (const { zoom, place, bbox } of VIEWS) {
        const query = { bbox, zoom };
        // Warm: the band is built by the first zoomed request after a change, not measured here.
        await layerFeatureCollection(db, layer, query);
        const bandSqlMs = await medianMs(runs, () => layerFeatureCollection(db, layer, query));
        const onTheFlySqlMs = await medianMs(runs, () => simplifiedOnTheFly(db, id, query));
        const rawSqlMs = await medianMs(runs, () => layerFeatureCollection(db, layer, { bbox }));
        const url = `${base}/api/layers/${id}?bbox=${bbox.join(',')}&zoom=${zoom}`;
        let etag = '';
        const fullHttpMs = await medianMs(runs, async () => {
          const res = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
          await res.arrayBuffer();
          etag = res.headers.get('etag') ?? '';
        });
        const gzipHttpMs = await medianMs(runs, async () => {
          const res = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
          await res.arrayBuffer();
        });
        const notModifiedMs = await medianMs(runs, async () => {
          const res = await fetch(url, { headers: { 'If-None-Match': etag } });
          if (res.status !== 304) throw new Error(`expected a 304 for ${url}, got ${res.status}`);
          await res.arrayBuffer();
        });
        rows.push({
          layer: id,
          view: place,
          zoom,
          bandSqlMs,
          onTheFlySqlMs,
          rawSqlMs,
          fullHttpMs,
          gzipHttpMs,
          notModifiedMs,
        });
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return rows;
}
