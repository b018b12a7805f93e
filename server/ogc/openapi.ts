// The API definition (/ogc/api, OpenAPI 3.0, Part 1 conformance class OAS30). Each collection
// has its own items path with its parameters written out in full: GDAL reads the page size from
// the `limit` schema (default, maximum) and filters on the server only on properties declared
// there as query parameters; QGIS reads the limit there too.
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

function collectionPaths(layer: LayerDef) {
  const tags = [layer.id];
  const base = `/collections/${layer.id}`;
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
      description: 'Parts 1 (Core, GeoJSON, HTML, OpenAPI 3.0), 2 (CRS) and 3 (Filtering, CQL2).',
    },
    servers: [{ url: base }],
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
