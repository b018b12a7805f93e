// The OGC API – Features (issue 12): landing page, conformance, OpenAPI document, collections,
// items, one item, queryables; mounted at /ogc with the same time budget and outage guard as
// /api, and its own error path answering OGC exceptions. Handlers check, query, answer.
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { Database } from '../../db/connection.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { requestDeadline } from '../limits/deadline.ts';
import type { Limits } from '../limits/limits.ts';
import { OutageGuard } from '../limits/outage.ts';
import { describeCollection, layerExtents } from './collections.ts';
import { conformanceClasses } from './conformance.ts';
import { SUPPORTED_CRS_URIS } from './crs.ts';
import { notFound, ogcOnError } from './exceptions.ts';
import { htmlPage } from './html.ts';
import { itemResponse, itemsResponse } from './items-response.ts';
import { crsParameter, refuseUnknown, singleValues } from './items-query.ts';
import { landingPage, OPENAPI_TYPE } from './landing.ts';
import { ogcBase, requestedFormat } from './negotiate.ts';
import { openApiDocument } from './openapi.ts';
import { queryablesSchema } from './queryables.ts';

/** The query's single values, refusing any parameter besides `allowed`. */
function params(c: Context, allowed: readonly string[] = ['f']): Map<string, string> {
  const values = singleValues(c.req.queries());
  refuseUnknown(values, allowed);
  return values;
}

/** A JSON resource, or its HTML rendering when asked for. */
function answer(c: Context, title: string, document: unknown, type = 'application/json') {
  if (requestedFormat(c, c.req.query('f')) === 'html') return c.html(htmlPage(title, document));
  return c.body(JSON.stringify(document), 200, { 'Content-Type': `${type}; charset=utf-8` });
}

function layerOf(id: string): LayerDef {
  const layer = layersById.get(id);
  if (!layer)
    throw notFound(
      `no collection ${JSON.stringify(id.slice(0, 40))}; the collections are: ${layers.map((l) => l.id).join(', ')}`,
    );
  return layer;
}

export function ogcRoutes(db: Database, limits: Limits) {
  const ogc = new Hono();
  ogc.use(requestDeadline(limits.requestTimeoutMs));
  ogc.use(new OutageGuard(db).middleware([]));
  ogc.use(compress());
  ogc.get('/', (c) => {
    params(c);
    return answer(c, 'OGC API – Features', landingPage(ogcBase(c)));
  });
  ogc.get('/conformance', (c) => {
    params(c);
    return answer(c, 'Conformance', { conformsTo: conformanceClasses });
  });
  ogc.get('/api', (c) => {
    params(c);
    return answer(c, 'OpenAPI', openApiDocument(ogcBase(c)), OPENAPI_TYPE);
  });
  ogc.get('/collections', async (c) => {
    params(c);
    const base = ogcBase(c);
    const extents = await layerExtents(db);
    return answer(c, 'Collections', {
      links: [
        { href: `${base}/collections`, rel: 'self', type: 'application/json', title: 'The collections' },
        { href: `${base}/collections?f=html`, rel: 'alternate', type: 'text/html', title: 'As HTML' },
      ],
      crs: SUPPORTED_CRS_URIS,
      collections: layers.map((layer) => describeCollection(layer, extents.get(layer.id), base)),
    });
  });
  ogc.get('/collections/:id', async (c) => {
    const layer = layerOf(c.req.param('id'));
    params(c);
    const extents = await layerExtents(db);
    return answer(c, layer.title.fr, describeCollection(layer, extents.get(layer.id), ogcBase(c)));
  });
  ogc.get('/collections/:id/queryables', (c) => {
    const layer = layerOf(c.req.param('id'));
    params(c);
    const url = `${ogcBase(c)}/collections/${layer.id}/queryables`;
    return answer(
      c,
      `Queryables: ${layer.title.fr}`,
      queryablesSchema(layer, url),
      'application/schema+json',
    );
  });
  ogc.get('/collections/:id/items', async (c) => {
    const layer = layerOf(c.req.param('id'));
    return itemsResponse(c, db, layer, singleValues(c.req.queries()));
  });
  ogc.get('/collections/:id/items/:featureId', async (c) => {
    const layer = layerOf(c.req.param('id'));
    const values = params(c, ['f', 'crs']);
    return itemResponse(c, db, layer, c.req.param('featureId'), crsParameter('crs', values.get('crs')));
  });
  ogc.all('*', (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const description = `${c.req.method} is not allowed here: this API is read-only (GET)`;
      return c.json({ code: 'MethodNotAllowed', description, requestId: c.get('requestId') }, 405, {
        Allow: 'GET, HEAD',
      });
    }
    throw notFound(`no such resource: ${c.req.path.slice(0, 80)}`);
  });
  ogc.onError(ogcOnError);
  return ogc;
}
