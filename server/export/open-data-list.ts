// The open data list (GET /api/opendata), as a data portal gives it: per layer its feature count,
// as-of date, sample flag and licence, and per download its format, CRS, URL, media type and size.
import type { Database } from '../../db/connection.ts';
import { dataAsOf } from '../config/routes.ts';
import { layers } from '../layers/catalogue.ts';
import { downloadKey, layerVersion, settledWithin, type DownloadSizeCache } from './download-sizes.ts';
import { isSample } from './layer-download.ts';
import { FORMATS, LICENCE, LISTED_DOWNLOADS } from './open-data.ts';

/**
 * How long a listing waits for sizes still being built (a first listing builds every file): well
 * within the request's budget (limits.ts). A download whose size is not ready by then has
 * `bytes: null` (`pending`: the route says Retry-After); the builds go on, a later listing has them.
 */
const LISTING_WAIT_MS = 4_000;

export async function openDataList(db: Database, sizes: DownloadSizeCache) {
  const asOf = await dataAsOf(db);
  // Every version before any build starts: builds keep the database (and GDAL the event loop) busy.
  const measured = [];
  for (const layer of layers) {
    measured.push({ layer, version: await layerVersion(db, layer), sample: await isSample(db, layer) });
  }
  const ready = await settledWithin(
    measured.map(({ layer, version }) => sizes.bytesOf(layer, version)),
    LISTING_WAIT_MS,
  );
  const datasets = measured.map(({ layer, version, sample }, i) => {
    const base = `/api/export/${layer.id}`;
    return {
      id: layer.id,
      title: layer.title,
      featureCount: version.featureCount,
      asOf,
      sample,
      licence: LICENCE,
      downloads: LISTED_DOWNLOADS.map(({ format, crs }) => ({
        format,
        crs: `EPSG:${crs}`,
        url: `${base}?format=${format}&crs=${crs}`,
        mediaType: FORMATS[format].mediaType,
        bytes: ready[i]?.get(downloadKey(format, crs)) ?? null,
        featureCount: version.featureCount,
        asOf,
        licence: LICENCE.id,
      })),
    };
  });
  return { pending: ready.includes(null), body: { licence: LICENCE, asOf, datasets } };
}
