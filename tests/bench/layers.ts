// The layer endpoint over HTTP against the same SQL run directly, at three zooms over the
// bounding boxes a 1280×800 screen shows there, on the seeded sample.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Database } from '../../db/connection.ts';
import { createApp } from '../../server/app.ts';
import { layersById } from '../../server/layers/catalogue.ts';
import { layerFeatureCollection, type BBox } from '../../server/layers/features.ts';
import { medianMs } from './stats.ts';

export const VIEWS: { zoom: number; place: string; bbox: BBox }[] = [
  { zoom: 7, place: 'whole territory', bbox: [163.5, -22.9, 168.2, -19.5] },
  { zoom: 11, place: 'Greater Nouméa', bbox: [166.22, -22.42, 166.66, -22.14] },
  { zoom: 15, place: 'Nouméa centre', bbox: [166.43, -22.285, 166.4575, -22.268] },
];
export const LAYERS = [
  'communes',
  'fibre-zones',
  'fibre-cables',
  'mobile-coverage',
  'mobile-sites',
  'po-boxes',
  'wifi-terminals',
  'schools',
];

export interface LayerBenchRow {
  layer: string;
  zoom: number;
  features: number;
  httpMs: number;
  sqlMs: number;
  rawBytes: number;
  gzipBytes: number;
}

export async function benchLayers(db: Database, runs: number): Promise<LayerBenchRow[]> {
  const { app } = createApp(db);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: LayerBenchRow[] = [];
  try {
    for (const { zoom, bbox } of VIEWS) {
      for (const id of LAYERS) {
        const layer = layersById.get(id);
        if (!layer) throw new Error(`no layer ${id}`);
        const url = `${base}/api/layers/${id}?bbox=${bbox.join(',')}&zoom=${zoom}`;
        let body = '';
        const httpMs = await medianMs(runs, async () => {
          const res = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
          body = await res.text();
        });
        const sqlMs = await medianMs(runs, () => layerFeatureCollection(db, layer, { bbox, zoom }));
        const features = (JSON.parse(body) as { features: unknown[] }).features.length;
        rows.push({
          layer: id,
          zoom,
          features,
          httpMs,
          sqlMs,
          rawBytes: Buffer.byteLength(body),
          gzipBytes: gzipSync(body).length,
        });
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return rows;
}
