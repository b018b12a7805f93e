// Open data: GET /api/export/:layer (a layer as a file: GeoJSON, CSV or GeoPackage, EPSG:4326 or
// 3163, filtered by commune and bbox, with its source, licence, date and CRS) and GET /api/opendata
// (the list of every download with its size, as a data portal gives it).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { requireCommune } from '../communes/queries.ts';
import { httpError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { bboxParam, communeParam } from '../layers/params.ts';
import { noQuery, strictQuery, validationHook } from '../validation.ts';
import { downloadSizeCache } from './download-sizes.ts';
import { layerDownload } from './layer-download.ts';
import { openDataList } from './open-data-list.ts';
import { LICENCE, type ExportCrs } from './open-data.ts';

export const exportQuery = strictQuery({
  format: z.enum(['geojson', 'csv', 'gpkg'], { error: 'expected geojson, csv or gpkg' }).default('geojson'),
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
    const file = await layerDownload(db, layer, { format, crs, geometry, commune, bbox });
    c.header('Cache-Control', 'no-cache');
    c.header('Link', `</api/opendata>; rel="describedby"; type="application/json"`);
    c.header('X-Licence', LICENCE.id);
    c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return c.body(file.body, 200, { 'Content-Type': file.mediaType });
  });
}

export function openDataRoutes(db: Database) {
  const sizes = downloadSizeCache(db);
  return new Hono().get('/', noQuery, async (c) => {
    const { pending, body } = await openDataList(db, sizes);
    c.header('Cache-Control', 'no-cache');
    if (pending) c.header('Retry-After', '5');
    return c.json(body);
  });
}
