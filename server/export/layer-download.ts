// One download of a layer, built whole: its bytes, media type and file name. The export route
// sends it; the open data list measures it (download-sizes.ts), so the size it lists is the size
// of what the route sends.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { dataAsOf } from '../config/routes.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import type { FeatureQuery } from '../layers/features.ts';
import { csvLine } from './csv-cells.ts';
import { csvExportRows, geojsonExport, type CsvGeometry } from './export-queries.ts';
import { geopackageExport } from './geopackage.ts';
import {
  CRS,
  FORMATS,
  LICENCE,
  type DownloadMetadata,
  type ExportCrs,
  type ExportFormat,
} from './open-data.ts';

export interface DownloadRequest extends FeatureQuery {
  format: ExportFormat;
  crs: ExportCrs;
  /** The CSV's geometry columns; the other formats carry geometries of their own. */
  geometry: CsvGeometry;
}

export interface LayerDownload {
  body: string | Uint8Array<ArrayBuffer>;
  mediaType: string;
  fileName: string;
  metadata: DownloadMetadata;
}

/** True when the layer holds generated sample data (the communes: approximate boundaries). */
export async function isSample(db: Database, layer: LayerDef): Promise<boolean> {
  const probe =
    layer.table === 'communes'
      ? sql`EXISTS (SELECT 1 FROM communes WHERE boundary_source = 'approximate')`
      : sql`EXISTS (SELECT 1 FROM ${sql.identifier(layer.table)} WHERE source = 'sample')`;
  const rows = await db.rows<{ sample: boolean }>(sql`SELECT ${probe} AS sample`);
  return rows[0]?.sample === true;
}

async function metadataOf(db: Database, layer: LayerDef, crs: ExportCrs): Promise<DownloadMetadata> {
  const [asOf, sample] = await Promise.all([dataAsOf(db), isSample(db, layer)]);
  return {
    title: sample
      ? {
          fr: `${layer.title.fr} — données d'exemple, générées, non réelles`,
          en: `${layer.title.en} — sample data, generated, not real`,
        }
      : layer.title,
    source: sample ? 'sample generator of nc-infra-map (not real data)' : 'OPT-NC infrastructure map',
    licence: LICENCE,
    asOf,
    crs: CRS[crs].name,
    sample,
  };
}

const csvHeader = (layer: LayerDef, crs: ExportCrs, geometry: CsvGeometry) => [
  'id',
  ...layer.attributes.map((a) => a.name),
  ...(layer.table === 'communes' ? [] : ['communeInsee', 'communeName', 'source']),
  ...(geometry === 'wkt' ? ['wkt'] : crs === 4326 ? ['longitude', 'latitude'] : ['x', 'y']),
];

/** The CSV: UTF-8 with a BOM (for spreadsheets), a header, then one line per feature. */
async function csvExport(
  db: Database,
  layer: LayerDef,
  query: FeatureQuery,
  crs: ExportCrs,
  geometry: CsvGeometry,
): Promise<string> {
  const rows = await csvExportRows(db, layer, query, crs, geometry);
  const header = csvHeader(layer, crs, geometry);
  const names = header.slice(0, geometry === 'wkt' ? -1 : -2);
  let text = '\uFEFF' + csvLine(header);
  for (const row of rows) {
    const shape = geometry === 'wkt' ? [row.wkt] : [row.x, row.y];
    text += csvLine([...names.map((n) => row.properties[n]), ...shape]);
  }
  return text;
}

export async function layerDownload(
  db: Database,
  layer: LayerDef,
  { format, crs, geometry, ...query }: DownloadRequest,
): Promise<LayerDownload> {
  const metadata = await metadataOf(db, layer, crs);
  const name = `nc-${layer.id}-${metadata.asOf}-epsg${crs}${query.commune ? `-${query.commune}` : ''}`;
  const { extension, mediaType } = FORMATS[format];
  const fileName = `${name}.${extension}`;
  switch (format) {
    case 'geojson':
      return { body: await geojsonExport(db, layer, query, crs, metadata), mediaType, fileName, metadata };
    case 'csv':
      return { body: await csvExport(db, layer, query, crs, geometry), mediaType, fileName, metadata };
    case 'gpkg': {
      const geojson = await geojsonExport(db, layer, query, crs, metadata);
      return { body: await geopackageExport(geojson, layer, crs, metadata), mediaType, fileName, metadata };
    }
  }
}

/** The size in bytes of what is sent: text goes out as UTF-8. */
export const byteLength = (body: string | Uint8Array) =>
  typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
