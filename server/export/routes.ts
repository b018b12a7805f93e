// Open data: GET /api/export/:layer (a layer as a file: GeoJSON or CSV, EPSG:4326 or 3163,
// filtered by commune and bbox, with its source, licence, date and CRS) and GET /api/opendata (the
// list of every download, as a data portal gives it).
import { zValidator } from '@hono/zod-validator';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { dataAsOf } from '../config/routes.ts';
import { requireCommune } from '../communes/queries.ts';
import { httpError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { layerStats } from '../layers/catalogue-stats.ts';
import { bboxParam, communeParam } from '../layers/params.ts';
import { noQuery, strictQuery, validationHook } from '../validation.ts';
import { csvLine } from './csv-cells.ts';
import { csvExportRows, geojsonExport } from './export-queries.ts';
import { CRS, LICENCE, type DownloadMetadata, type ExportCrs } from './open-data.ts';

const exportQuery = strictQuery({
  format: z.enum(['geojson', 'csv'], { error: 'expected geojson or csv' }).default('geojson'),
  crs: z.enum(['4326', '3163'], { error: 'expected 4326 or 3163 (EPSG codes)' }).default('4326'),
  geometry: z.enum(['wkt', 'xy'], { error: 'expected wkt or xy' }).default('wkt'),
  commune: communeParam.optional(),
  bbox: bboxParam.optional(),
});

function layerOf(id: string): LayerDef {
  const layer = layersById.get(id);
  if (!layer) {
    throw httpError(
      404,
      `unknown layer ${excerpt(id)}; known layers: ${layers.map((l) => l.id).join(', ')}`,
      'layer',
    );
  }
  return layer;
}

/** True when the layer holds generated sample data (the communes: approximate boundaries). */
async function isSample(db: Database, layer: LayerDef): Promise<boolean> {
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

const csvHeader = (layer: LayerDef, crs: ExportCrs, geometry: 'wkt' | 'xy') => [
  'id',
  ...layer.attributes.map((a) => a.name),
  ...(layer.table === 'communes' ? [] : ['communeInsee', 'communeName', 'source']),
  ...(geometry === 'wkt' ? ['wkt'] : crs === 4326 ? ['longitude', 'latitude'] : ['x', 'y']),
];

export function exportRoutes(db: Database) {
  return new Hono().get('/:layer', zValidator('query', exportQuery, validationHook), async (c) => {
    const layer = layerOf(c.req.param('layer'));
    const { format, geometry, commune, bbox, ...rest } = c.req.valid('query');
    const crs = Number(rest.crs) as ExportCrs;
    if (format === 'csv' && geometry === 'xy' && layer.geometryType !== 'Point') {
      throw httpError(
        400,
        `geometry: xy is for layers of points; ${layer.id} has ${layer.geometryType}s, take wkt`,
        'geometry',
      );
    }
    if (commune) await requireCommune(db, commune);
    const query = { commune, bbox };
    const metadata = await metadataOf(db, layer, crs);
    const name = `nc-${layer.id}-${metadata.asOf}-epsg${crs}${commune ? `-${commune}` : ''}`;
    c.header('Cache-Control', 'no-cache');
    c.header('Link', `</api/opendata>; rel="describedby"; type="application/json"`);
    c.header('X-Licence', LICENCE.id);
    if (format === 'geojson') {
      c.header('Content-Disposition', `attachment; filename="${name}.geojson"`);
      return c.body(await geojsonExport(db, layer, query, crs, metadata), 200, {
        'Content-Type': 'application/geo+json; charset=utf-8',
      });
    }
    const rows = await csvExportRows(db, layer, query, crs, geometry);
    const header = csvHeader(layer, crs, geometry);
    const names = header.slice(0, geometry === 'wkt' ? -1 : -2);
    let text = '\uFEFF' + csvLine(header);
    for (const row of rows) {
      const shape = geometry === 'wkt' ? [row.wkt] : [row.x, row.y];
      text += csvLine([...names.map((n) => row.properties[n]), ...shape]);
    }
    c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
    return c.body(text, 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present' });
  });
}

export function openDataRoutes(db: Database) {
  return new Hono().get('/', noQuery, async (c) => {
    const [stats, asOf] = await Promise.all([layerStats(db), dataAsOf(db)]);
    const datasets = await Promise.all(
      layers.map(async (layer) => {
        const base = `/api/export/${layer.id}`;
        return {
          id: layer.id,
          title: layer.title,
          featureCount: stats.get(layer.id)?.featureCount ?? 0,
          asOf,
          sample: await isSample(db, layer),
          licence: LICENCE,
          downloads: [
            { format: 'geojson', crs: 'EPSG:4326', url: `${base}?format=geojson&crs=4326` },
            { format: 'geojson', crs: 'EPSG:3163', url: `${base}?format=geojson&crs=3163` },
            { format: 'csv', crs: 'EPSG:4326', url: `${base}?format=csv&crs=4326` },
            { format: 'csv', crs: 'EPSG:3163', url: `${base}?format=csv&crs=3163` },
          ],
        };
      }),
    );
    c.header('Cache-Control', 'no-cache');
    return c.json({ licence: LICENCE, asOf, datasets });
  });
}
