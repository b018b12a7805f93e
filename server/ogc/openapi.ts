// The API definition (/ogc/api, OpenAPI 3.0, Part 1 conformance class OAS30). Each collection
// has its own items path with its parameters written out in full: GDAL reads the page size from
// the `limit` schema (default, maximum) and filters on the server only on properties declared
// there as query parameters; QGIS reads the limit there too. The editable layers also have the
// writes of Part 4 (POST, PUT, PATCH, DELETE), for planners, with an API token or a session.
import { isEditable } from '../edits/layer-payloads.ts';
import { layers, type LayerDef } from '../layers/catalogue.ts';
import { SUPPORTED_CRS_URIS } from './crs.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './items-query.ts';
import { GEOMETRY, layerQueryables, temporalQueryable } from './queryables.ts';

const query = (name: string, description: string, schema: Record<string, unknown>, extra = {}) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...extra,
});

const f = query('f', 'The format of the answer (default: by the Accept header).', {
  type: 'string',
  enum: ['json', 'html'],
});
const crsEnum = { type: 'string', format: 'uri', enum: SUPPORTED_CRS_URIS };

const exception = {
  description: 'An exception: which parameter was wrong and what was expected.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['code'],
        properties: { code: { type: 'string' }, description: { type: 'string' } },
      },
    },
  },
};
const json = (description: string, type = 'application/json') => ({
  description,
  content: { [type]: { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } },
});

function itemsParameters(layer: LayerDef) {
  const properties = Object.entries(layerQueryables(layer))
    .filter(([name]) => name !== GEOMETRY)
    .map(([name, q]) =>
      query(
        name,
        `Features whose ${name} equals this value (${q.title}).`,
        q.enumValues
          ? { type: 'string', enum: q.enumValues }
          : q.type === 'date'
            ? { type: 'string', format: 'date' }
            : { type: q.type },
      ),
    );
  return [
    f,
    query(
      'limit',
      'The most features in one page.',
      { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
      { style: 'form', explode: false },
    ),
    query(
      'after',
      "The id of the previous page's last feature (follow the next link rather than writing it).",
      { type: 'string' },
    ),
    query(
      'before',
      "The id of the next page's first feature: the page before it (follow the prev link rather than writing it).",
      { type: 'string' },
    ),
    query(
      'bbox',
      'minx,miny,maxx,maxy in bbox-crs (CRS84 lon/lat by default; EPSG:4326 is lat/lon).',
      { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
      { style: 'form', explode: false },
    ),
    query('bbox-crs', 'The CRS of bbox.', crsEnum),
    ...(temporalQueryable(layer)
      ? [
          query(
            'datetime',
            `An instant or interval (a/b, ../b, a/..) on ${temporalQueryable(layer)?.name}.`,
            { type: 'string' },
          ),
        ]
      : []),
    query('filter', 'A CQL2 filter on the queryables.', { type: 'string' }),
    query('filter-lang', 'The encoding of filter.', {
      type: 'string',
      enum: ['cql2-text', 'cql2-json'],
      default: 'cql2-text',
    }),
    query('filter-crs', 'The CRS of the geometries in filter.', crsEnum),
    query('crs', 'The CRS of the geometries in the answer.', crsEnum),
    ...properties,
  ];
}

const header = (name: string, description: string, required: boolean) => ({
  name,
  in: 'header',
  required,
  description,
  schema: { type: 'string' },
});
const ifMatch = header('If-Match', 'The ETag of the version changed ("v3"), from GET of the item.', true);
const contentCrs = header(
  'Content-Crs',
  'The CRS of the body, as <uri>: CRS84 (default), EPSG:4326 (latitude first) or EPSG:3163.',
  false,
);
const featureBody = (description: string) => ({
  required: true,
  description,
  content: {
    'application/geo+json': { schema: { type: 'object' } },
    'application/json': { schema: { type: 'object' } },
  },
});
const written = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: 'string' } } },
  content: { 'application/geo+json': { schema: { type: 'object' } } },
});
/** The failures every write may answer. */
const writeFailures = {
  400: exception,
  401: exception,
  403: exception,
  404: exception,
  409: exception,
  412: exception,
  415: exception,
  428: exception,
};
const SECURITY = [{ apiToken: [] }, { basicToken: [] }, { session: [] }];

/** Part 4's operations on an editable layer: on its items (`post`) and on one item. */
function writeOperations(layer: LayerDef) {
  const tags = [layer.id];
  const computed =
    'The properties the server computes (id, communeInsee, communeName, source, a measured length) are ignored.';
  return {
    items: {
      post: {
        tags,
        summary: `Add a feature to ${layer.id} (planners)`,
        operationId: `createItem-${layer.id}`,
        security: SECURITY,
        parameters: [contentCrs],
        requestBody: featureBody(`A GeoJSON Feature with every property. ${computed}`),
        responses: {
          201: {
            ...written('Created; Location names the new item'),
            headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } },
          },
          ...writeFailures,
        },
      },
    },
    item: {
      put: {
        tags,
        summary: `Replace a feature of ${layer.id} (planners)`,
        operationId: `replaceItem-${layer.id}`,
        security: SECURITY,
        parameters: [
          { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
          ifMatch,
          contentCrs,
        ],
        requestBody: featureBody(`A GeoJSON Feature with every property. ${computed}`),
        responses: { 200: written('Replaced'), ...writeFailures },
      },
      patch: {
        tags,
        summary: `Change some properties or the geometry of a feature of ${layer.id} (planners)`,
        operationId: `updateItem-${layer.id}`,
        security: SECURITY,
        parameters: [
          { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
          ifMatch,
          contentCrs,
        ],
        requestBody: featureBody(`A partial GeoJSON Feature (a JSON merge patch of it). ${computed}`),
        responses: { 200: written('Changed'), ...writeFailures },
      },
      delete: {
        tags,
        summary: `Delete a feature of ${layer.id} (planners)`,
        operationId: `deleteItem-${layer.id}`,
        security: SECURITY,
        parameters: [{ name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }, ifMatch],
        responses: { 204: { description: 'Deleted' }, ...writeFailures },
      },
    },
  };
}

function collectionPaths(layer: LayerDef) {
  const tags = [layer.id];
  const base = `/collections/${layer.id}`;
  const writes = isEditable(layer.id) ? writeOperations(layer) : undefined;
  const geojson = {
    description: 'Features',
    content: {
      'application/geo+json': { schema: { type: 'object' } },
      'text/html': { schema: { type: 'string' } },
    },
  };
  return {
    [`${base}/items`]: {
      get: {
        tags,
        summary: `${layer.title.fr} (${layer.title.en})`,
        operationId: `getItems-${layer.id}`,
        parameters: itemsParameters(layer),
        responses: { 200: geojson, 400: exception, 404: exception },
      },
      ...writes?.items,
    },
    [`${base}/items/{featureId}`]: {
      get: {
        tags,
        summary: `One feature of ${layer.id}`,
        operationId: `getItem-${layer.id}`,
        parameters: [
          { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
          f,
          query('crs', 'The CRS of the geometry in the answer.', crsEnum),
        ],
        responses: { 200: geojson, 400: exception, 404: exception },
      },
      ...writes?.item,
    },
    [`${base}/queryables`]: {
      get: {
        tags,
        summary: `The queryables of ${layer.id}`,
        operationId: `getQueryables-${layer.id}`,
        parameters: [f],
        responses: { 200: json('A JSON Schema', 'application/schema+json'), 404: exception },
      },
    },
  };
}

export function openApiDocument(base: string) {
  const plain = (summary: string, operationId: string) => ({
    get: { summary, operationId, parameters: [f], responses: { 200: json(summary), 400: exception } },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'Infrastructures télécom de Nouvelle-Calédonie – OGC API Features',
      version: '1.0.0',
      description:
        'Parts 1 (Core, GeoJSON, HTML, OpenAPI 3.0), 2 (CRS), 3 (Filtering, CQL2) and 4 (Create, Replace, Update, Delete: planners, with an API token).',
    },
    servers: [{ url: base }],
    components: {
      securitySchemes: {
        apiToken: { type: 'http', scheme: 'bearer', description: 'An API token made on the account page.' },
        basicToken: {
          type: 'http',
          scheme: 'basic',
          description: "The account's email and an API token as the password (never the account password).",
        },
        session: { type: 'apiKey', in: 'cookie', name: 'session', description: 'A signed-in browser.' },
      },
    },
    paths: {
      '/': plain('The landing page', 'getLandingPage'),
      '/conformance': plain('The conformance classes', 'getConformance'),
      '/api': plain('This document', 'getApi'),
      '/collections': plain('The collections', 'getCollections'),
      '/collections/{collectionId}': {
        get: {
          summary: 'One collection',
          operationId: 'getCollection',
          parameters: [
            {
              name: 'collectionId',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: layers.map((l) => l.id) },
            },
            f,
          ],
          responses: { 200: json('A collection'), 404: exception },
        },
      },
      ...Object.assign({}, ...layers.map(collectionPaths)),
    },
  };
}
