// The OGC API – Features (issue 12): landing page, conformance, OpenAPI document, collections,
// items, one item, queryables, and the writes of Part 4 (item-writes.ts); mounted at /ogc with the
// same time budget, outage guard, cross-site check and accounts (session cookie or API token) as
// /api, and its own error path answering OGC exceptions. Handlers check, query, answer.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Database } from '../../db/connection.ts';
import { currentAccount, type AuthEnv } from '../auth/current-account.ts';
import { sameOriginWrites } from '../auth/same-origin.ts';
import { varyOnAcceptEncoding } from '../http/cache-control.ts';
import { EDIT_BODY_LIMIT } from '../limits/body-size.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';
import { requestDeadline } from '../limits/deadline.ts';
import type { Limits } from '../limits/limits.ts';
import { OutageGuard } from '../limits/outage.ts';
import { describeCollection, layerExtents } from './collections.ts';
import { conformanceClasses } from './conformance.ts';
import { SUPPORTED_CRS_URIS } from './crs.ts';
import { notFound, OgcError, ogcOnError } from './exceptions.ts';
import { htmlPage } from './html.ts';
import { allowedMethods, itemWrites, optionsAnswer } from './item-writes.ts';
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
  const ogc = new Hono<AuthEnv>();
  const writes = itemWrites(db);
  ogc.use(requestDeadline(limits.requestTimeoutMs));
  ogc.use(new OutageGuard(db).middleware([]));
  ogc.use(
    bodyLimit({
      maxSize: EDIT_BODY_LIMIT,
      onError: () => {
        throw new OgcError(413, `the request body may be at most ${EDIT_BODY_LIMIT} bytes`);
      },
    }),
  );
  ogc.use(sameOriginWrites());
  ogc.use(currentAccount(db));
  // JSON or HTML by Accept, gzip by Accept-Encoding: a shared cache must key on both.
  ogc.use(async (c, next) => {
    await next();
    if (!c.res.headers.get('Vary')?.match(/(^|,)\s*accept\s*(,|$)/i)) c.res.headers.append('Vary', 'Accept');
  });
  ogc.use(varyOnAcceptEncoding());
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
  // Part 4: the writes, and what this user may do where.
  ogc.options('/collections/:id/items', (c) => optionsAnswer(c, layerOf(c.req.param('id')), 'items'));
  ogc.options('/collections/:id/items/:featureId', (c) =>
    optionsAnswer(c, layerOf(c.req.param('id')), 'item'),
  );
  ogc.post('/collections/:id/items', (c) => writes.create(c, layerOf(c.req.param('id'))));
  ogc.put('/collections/:id/items/:featureId', (c) =>
    writes.change(c, layerOf(c.req.param('id')), c.req.param('featureId'), 'replace'),
  );
  ogc.patch('/collections/:id/items/:featureId', (c) =>
    writes.change(c, layerOf(c.req.param('id')), c.req.param('featureId'), 'merge'),
  );
  ogc.delete('/collections/:id/items/:featureId', (c) =>
    writes.remove(c, layerOf(c.req.param('id')), c.req.param('featureId')),
  );
  ogc.all('*', (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Another method on an item or the items of a collection, or on a read-only resource.
      const item = /^\/ogc\/collections\/([^/]+)\/items(\/[^/]+)?$/.exec(c.req.path);
      const layer = item?.[1] ? layersById.get(item[1]) : undefined;
      const allow = layer
        ? allowedMethods(c.get('account'), layer, item?.[2] ? 'item' : 'items').join(', ')
        : 'GET, HEAD, OPTIONS';
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      const description = `${c.req.method} is not allowed here; allowed: ${allow}`;
      return c.json({ code: 'MethodNotAllowed', description, requestId: c.get('requestId') }, 405, {
        Allow: allow,
      });
    }
    throw notFound(`no such resource: ${c.req.path.slice(0, 80)}`);
  });
  ogc.onError(ogcOnError);
  return ogc;
}
