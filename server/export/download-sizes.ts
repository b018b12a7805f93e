// The sizes the open data list gives (issue 11, item 8): knowing a file's size means building
// it, so the sizes of a layer's downloads are kept, one entry per layer, under the layer's data
// version, and built again only once an edit, an import or a new as-of date changes that version.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import { byteLength, layerDownload } from './layer-download.ts';
import { LISTED_DOWNLOADS, type ExportCrs, type ExportFormat } from './open-data.ts';

export interface LayerVersion {
  /** Changes whenever what the layer's files hold may have changed. */
  key: string;
  featureCount: number;
}

/**
 * The layer's data version: its row count and latest `updated_at` (a trigger keeps it, migration
 * 0002), the latest history entry of its table (deletes, migration 0010), and the as-of date the
 * files carry.
 */
export async function layerVersion(db: Database, layer: LayerDef): Promise<LayerVersion> {
  const rows = await db.rows<{ n: number; touched: string | null; change: string | null; day: string }>(sql`
    SELECT count(*)::int AS n, max(updated_at)::text AS touched,
      (SELECT max(id) FROM feature_history WHERE table_name = ${layer.table})::text AS change,
      dataset_as_of()::text AS day
    FROM ${sql.identifier(layer.table)}`);
  const row = rows[0];
  if (!row) throw new Error(`no version for layer ${layer.id}`);
  return {
    key: [row.n, row.touched ?? '-', row.change ?? '-', row.day].join('|'),
    featureCount: Number(row.n),
  };
}

export const downloadKey = (format: ExportFormat, crs: ExportCrs) => `${format}-${crs}`;

export type DownloadBuilder = typeof layerDownload;

/**
 * Sizes of the listed downloads of each layer (bytes by downloadKey()), built on first ask and
 * kept until the layer's version changes. The Map holds at most one entry per layer of the
 * catalogue (a new version replaces the old), so it stays bounded; a build that fails is not kept.
 */
export function downloadSizeCache(db: Database, build: DownloadBuilder = layerDownload) {
  const kept = new Map<string, { key: string; bytes: Promise<Map<string, number>> }>();

  async function measure(layer: LayerDef): Promise<Map<string, number>> {
    const bytes = new Map<string, number>();
    // One at a time: GDAL serves one operation at a time anyway, and the database is shared.
    for (const { format, crs } of LISTED_DOWNLOADS) {
      const { body } = await build(db, layer, { format, crs, geometry: 'wkt' });
      bytes.set(downloadKey(format, crs), byteLength(body));
    }
    return bytes;
  }

  return {
    /**
     * The sizes of the layer's files at `version` (layerVersion(), read by the caller first: once
     * builds run, they hold the database and GDAL the event loop): kept ones, or a build started.
     */
    bytesOf(layer: LayerDef, version: LayerVersion): Promise<Map<string, number>> {
      const entry = kept.get(layer.id);
      if (entry?.key === version.key) return entry.bytes;
      const bytes = measure(layer);
      kept.set(layer.id, { key: version.key, bytes });
      bytes.catch(() => {
        if (kept.get(layer.id)?.bytes === bytes) kept.delete(layer.id);
      });
      return bytes;
    },
  };
}

export type DownloadSizeCache = ReturnType<typeof downloadSizeCache>;

/**
 * What `promises` give within `ms`, null for those still running (they go on: the next listing
 * finds them done). Throws the first failure among those that settled.
 */
export async function settledWithin<T>(promises: Promise<T>[], ms: number): Promise<(T | null)[]> {
  const results: (T | null)[] = promises.map(() => null);
  const failures: unknown[] = [];
  const tracked = promises.map((promise, i) =>
    promise.then(
      (value) => {
        results[i] = value;
      },
      (reason: unknown) => {
        failures.push(reason);
      },
    ),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(tracked), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  if (failures.length > 0) throw failures[0];
  return [...results];
}
