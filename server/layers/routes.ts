// GET /api/layers (the catalogue) and GET /api/layers/:id (one layer as GeoJSON). A layer's ETag is
// its data version, checked before the query runs; its gzip answers are kept per view and version.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { CompressedCache } from '../http/compressed-cache.ts';
import { acceptsGzip, canonicalQuery, ifNoneMatches, versionEtag } from '../http/conditional.ts';
import { requireCommune } from '../communes/queries.ts';
import { excerpt, nameExcerpt } from '../excerpt.ts';
import { httpError } from '../errors.ts';
import { noQuery, validationHook } from '../validation.ts';
import { layers, layersById, type LayerDef } from './catalogue.ts';
import { layerStats, type LayerStats } from './catalogue-stats.ts';
import { layerDataVersion } from './data-version.ts';
import { layerFeatureCollection } from './features.ts';
import { layerParams, layerQuery } from './params.ts';

function describe(layer: LayerDef, stats: LayerStats | undefined) {
  return {
    id: layer.id,
    group: layer.group,
    title: layer.title,
    geometryType: layer.geometryType,
    featureCount: stats?.featureCount ?? 0,
    extent: stats?.extent ?? null,
    attributes: layer.attributes.map(({ sql: _sql, ...attribute }) => attribute),
    legend: layer.legend,
    filters: Object.fromEntries(
      Object.entries(layer.filters).map(([param, attribute]) => [
        param,
        layer.attributes.find((a) => a.name === attribute)?.values?.map((v) => v.value) ?? [],
      ]),
    ),
  };
}

/**
 * Checks each parameter besides bbox, zoom and commune against the layer's enum filters; names
 * the parameter that is wrong. `names` are the query's own names as given (`__proto__` included),
 * looked up with Object.hasOwn so that `toString` is a parameter like any other, not a method.
 */
function attributeFilters(
  layer: LayerDef,
  names: string[],
  params: Record<string, string[] | undefined>,
): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const param of names) {
    if ((layerParams as readonly string[]).includes(param)) continue;
    const attribute = Object.hasOwn(layer.filters, param) ? layer.filters[param] : undefined;
    const values = Object.hasOwn(params, param) ? params[param] : undefined;
    if (!attribute || !values) {
      const allowed = [...layerParams, ...Object.keys(layer.filters)].join(', ');
      throw httpError(
        400,
        `unknown parameter ${JSON.stringify(nameExcerpt(param))} for layer ${layer.id}; expected one of: ${allowed}`,
        nameExcerpt(param),
      );
    }
    const allowed = layer.attributes.find((a) => a.name === attribute)?.values?.map((v) => v.value) ?? [];
    const wrong = values.filter((v) => !allowed.includes(v));
    if (wrong.length > 0) {
      throw httpError(
        400,
        `${param}: unknown value ${excerpt(wrong.join(','))} for layer ${layer.id}; expected any of: ${allowed.join(', ')}`,
        param,
      );
    }
    filters[attribute] = values;
  }
  return filters;
}

const GEOJSON = 'application/geo+json; charset=utf-8';

export function layerRoutes(db: Database, cache = new CompressedCache()) {
  return new Hono()
    .get('/', noQuery, async (c) => {
      const stats = await layerStats(db);
      return c.json({ layers: layers.map((layer) => describe(layer, stats.get(layer.id))) });
    })
    .get('/:id', zValidator('query', layerQuery, validationHook), async (c) => {
      const id = c.req.param('id');
      const layer = layersById.get(id);
      if (!layer) {
        throw httpError(
          404,
          `unknown layer ${excerpt(id)}; known layers: ${layers.map((l) => l.id).join(', ')}`,
          'id',
        );
      }
      const { bbox, zoom, commune, ...rest } = c.req.valid('query');
      const filters = attributeFilters(layer, Object.keys(c.req.queries()), rest);
      if (commune) await requireCommune(db, commune);
      // The version first: an answer is never older than the ETag it is sent with.
      const version = await layerDataVersion(db, layer);
      const etag = versionEtag(version);
      c.header('Cache-Control', 'public, max-age=60');
      c.header('ETag', etag);
      if (ifNoneMatches(c, etag)) return c.body(null, 304);
      const build = () => layerFeatureCollection(db, layer, { bbox, zoom, commune, filters });
      if (!acceptsGzip(c)) return c.body(await build(), 200, { 'Content-Type': GEOJSON });
      const { gzipped } = await cache.entry(`${layer.id}?${canonicalQuery(c)}@${version}`, build);
      return c.body(gzipped, 200, { 'Content-Type': GEOJSON, 'Content-Encoding': 'gzip' });
    });
}
