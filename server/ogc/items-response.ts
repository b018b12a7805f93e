// The answers of /items and /items/{featureId}: the database's features wrapped in a
// FeatureCollection with numberMatched, numberReturned, timeStamp and the self, alternate, next,
// prev and collection links (Part 1, /req/core/fc-links), Content-Crs (Part 2), or as HTML; one item
// of an edited layer with its version as ETag (Part 4); a page's ETag is the layer's data version.
import type { Context } from 'hono';
import type { Database } from '../../db/connection.ts';
import { etagOf } from '../edits/versions.ts';
import { ifNoneMatches, versionEtag } from '../http/conditional.ts';
import { layerDataVersion } from '../layers/data-version.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import type { Crs } from './crs.ts';
import { notFound } from './exceptions.ts';
import { htmlPage } from './html.ts';
import { itemsQuery } from './items-query.ts';
import { itemsPage, oneItem } from './items.ts';
import { ogcBase, requestedFormat } from './negotiate.ts';

const GEOJSON = 'application/geo+json';

/** The request's URL with some parameters replaced (or removed, for undefined). */
function withParams(c: Context, changes: Record<string, string | undefined>): string {
  const url = new URL(c.req.url);
  const base = ogcBase(c);
  const params = new URLSearchParams(url.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  return `${base}${url.pathname.slice('/ogc'.length)}${search ? `?${search}` : ''}`;
}

const crsHeaders = (crs: Crs) => ({ 'Content-Crs': `<${crs.uri}>` });

export async function itemsResponse(c: Context, db: Database, layer: LayerDef, values: Map<string, string>) {
  const query = itemsQuery(layer, values);
  const html = requestedFormat(c, values.get('f')) === 'html';
  // The layer's data version, read before the page: a conditional GET runs no query (issue 12).
  const etag = versionEtag(`${await layerDataVersion(db, layer)}-${html ? 'html' : 'json'}`);
  c.header('ETag', etag);
  c.header('Cache-Control', 'no-cache');
  if (ifNoneMatches(c, etag)) return c.body(null, 304);
  const page = await itemsPage(db, layer, query);
  const links = [
    { href: withParams(c, {}), rel: 'self', type: html ? 'text/html' : GEOJSON, title: 'This page' },
    {
      href: withParams(c, { f: html ? 'json' : 'html' }),
      rel: 'alternate',
      type: html ? GEOJSON : 'text/html',
      title: 'This page in the other format',
    },
    ...(page.nextAfter === undefined
      ? []
      : [
          {
            href: withParams(c, { before: undefined, after: page.nextAfter }),
            rel: 'next',
            type: html ? 'text/html' : GEOJSON,
            title: 'Next page',
          },
        ]),
    ...(page.prevBefore === undefined
      ? []
      : [
          {
            href: withParams(c, { after: undefined, before: page.prevBefore }),
            rel: 'prev',
            type: html ? 'text/html' : GEOJSON,
            title: 'Previous page',
          },
        ]),
    {
      href: `${ogcBase(c)}/collections/${layer.id}`,
      rel: 'collection',
      type: 'application/json',
      title: layer.title.fr,
    },
  ];
  const head = {
    type: 'FeatureCollection',
    numberMatched: page.numberMatched,
    numberReturned: page.numberReturned,
    timeStamp: new Date().toISOString(),
    links,
  };
  if (html)
    return c.html(
      htmlPage(layer.title.fr, { ...head, features: JSON.parse(page.features) as unknown }),
      200,
      crsHeaders(query.crs),
    );
  // The features as the database wrote them, not parsed again.
  const body = `${JSON.stringify(head).slice(0, -1)},"features":${page.features}}`;
  return c.body(body, 200, { 'Content-Type': `${GEOJSON}; charset=utf-8`, ...crsHeaders(query.crs) });
}

export async function itemResponse(c: Context, db: Database, layer: LayerDef, featureId: string, crs: Crs) {
  const html = requestedFormat(c, c.req.query('f')) === 'html';
  const item = await oneItem(db, layer, featureId, crs);
  if (item === undefined)
    throw notFound(`collection ${layer.id} has no feature ${JSON.stringify(featureId.slice(0, 40))}`);
  const feature = JSON.parse(item.text) as Record<string, unknown>;
  // The version a change must name in If-Match (Part 4), as the web API's ETag (of the JSON).
  if (item.version !== null && !html) {
    c.header('ETag', etagOf(item.version));
    c.header('Cache-Control', 'no-cache');
  }
  const self = `${ogcBase(c)}/collections/${layer.id}/items/${encodeURIComponent(featureId)}`;
  feature.links = [
    { href: self, rel: 'self', type: GEOJSON, title: 'This feature' },
    { href: `${self}?f=html`, rel: 'alternate', type: 'text/html', title: 'This feature as HTML' },
    {
      href: `${ogcBase(c)}/collections/${layer.id}`,
      rel: 'collection',
      type: 'application/json',
      title: layer.title.fr,
    },
  ];
  if (html) return c.html(htmlPage(`${layer.title.fr} ${featureId}`, feature), 200, crsHeaders(crs));
  return c.body(JSON.stringify(feature), 200, {
    'Content-Type': `${GEOJSON}; charset=utf-8`,
    ...crsHeaders(crs),
  });
}
