// The OpenAPI 3.0 document of /api, generated from the operations' entries: their path, query and
// body schemas are the zod objects the routes validate with, so the document says what is enforced.
// The error answers are the one JSON body of server/errors.ts.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ErrorBody } from '../errors.ts';
import { apiOperations } from './api-operations.ts';
import { schemaObject, type SchemaObject } from './json-schema.ts';
import { MEDIA_TYPES, openApiPath, type ApiOperation, type Body, type MediaType } from './registry.ts';

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The body of every error answer (errorBody in server/errors.ts, plus the request id). */
const errorBodySchema = z.object({
  error: z
    .string()
    .describe(
      'a short code: bad_request, unauthorized, forbidden, not_found, conflict, unavailable, timeout…',
    ),
  detail: z
    .string()
    .describe('what was wrong, in words: the parameter, what was expected, an excerpt of what came'),
  parameter: z
    .string()
    .optional()
    .describe('on every 400: the query or path parameter, the body member’s path, or `body`'),
  requestId: z.string().optional().describe('the X-Request-Id of the answer, to quote'),
}) satisfies z.ZodType<ErrorBody & { requestId?: string | undefined }>;

const errorMeanings: Record<number, string> = {
  400: 'Bad input: the body names the parameter and what was expected',
  401: 'No account, or an API token that is not a live one',
  403: 'The account’s role may not do this',
  404: 'No such resource',
  405: 'Not on this resource (e.g. a reference layer cannot be edited)',
  409: 'Conflicts with what exists',
  412: 'If-Match names a version that is not the current one: read it again',
  413: 'The body is larger than this route takes',
  415: 'The body is not of the media type the route takes',
  428: 'If-Match is required: the ETag of the version changed',
  429: 'Too many requests: try again after Retry-After seconds',
  503: 'The database is away or busy, or the request ran out of time: try again after Retry-After seconds',
};
const retryAfter = { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } };

const errorResponse = (status: number) => `#/components/responses/E${status}`;

/** The error statuses of an operation: those its entry implies, and those it names. */
function errorStatuses(op: ApiOperation): number[] {
  const statuses = new Set<number>(op.errors ?? []);
  const takesInput = op.params ?? op.query ?? op.body ?? op.multipart ?? op.ifMatch;
  if (takesInput) statuses.add(400);
  if (op.roles !== undefined) statuses.add(401);
  if (Array.isArray(op.roles) || op.roles === 'session') statuses.add(403);
  if (op.params) statuses.add(404);
  if (op.body) statuses.add(413).add(415);
  if (op.ifMatch) statuses.add(412);
  if (op.ifMatch === 'required') statuses.add(428);
  statuses.add(503);
  return [...statuses].sort((a, b) => a - b);
}

/** Parameters of one place (path or query) from an object schema, one per member. */
function parameters(schema: z.ZodType, place: 'path' | 'query', examples: Record<string, string> = {}) {
  const object = schemaObject(schema);
  const properties = (object.properties ?? {}) as Record<string, SchemaObject>;
  const required = new Set((object.required ?? []) as string[]);
  const list: SchemaObject[] = Object.entries(properties).map(([name, { description, ...member }]) => ({
    name,
    in: place,
    required: place === 'path' || required.has(name),
    ...(description ? { description } : {}),
    schema: member,
    ...(examples[name] !== undefined ? { example: examples[name] } : {}),
  }));
  // A catchall (a layer's enum filters): any further parameter, each as the catchall's schema says.
  const extra = object.additionalProperties;
  if (place === 'query' && typeof extra === 'object' && extra !== null) {
    list.push({
      name: 'filters',
      in: 'query',
      description:
        'further parameters, each named and valued as the resource says (e.g. status=active,planned)',
      style: 'form',
      explode: true,
      schema: { type: 'object', additionalProperties: extra },
    });
  }
  return list;
}

function bodySchema(body: Body): SchemaObject {
  if (!('variants' in body)) return schemaObject(body);
  return {
    description: 'the schema of the layer named in the path',
    anyOf: Object.entries(body.variants).map(([name, schema]) => ({ title: name, ...schemaObject(schema) })),
  };
}

function requestBody(op: ApiOperation): SchemaObject | undefined {
  if (op.body) {
    const example = op.example?.body !== undefined ? { example: op.example.body } : {};
    return { required: true, content: { [MEDIA_TYPES.json]: { schema: bodySchema(op.body), ...example } } };
  }
  if (!op.multipart) return undefined;
  const properties = Object.fromEntries(
    Object.entries(op.multipart.parts).map(([name, part]) => [
      name,
      part.schema
        ? { description: part.description, ...schemaObject(part.schema) }
        : { description: part.description, type: 'string', format: 'binary' },
    ]),
  );
  const encoding = Object.fromEntries(
    Object.entries(op.multipart.parts)
      .filter(([, part]) => part.schema)
      .map(([name]) => [name, { contentType: MEDIA_TYPES.json }]),
  );
  // Every part is needed: options without a target are refused like a missing file.
  const required = Object.keys(op.multipart.parts);
  return {
    required: true,
    content: { 'multipart/form-data': { schema: { type: 'object', required, properties }, encoding } },
  };
}

const binary = new Set<MediaType>(['gpkg', 'png']);
const text = new Set<MediaType>(['csv', 'ndjson', 'html', 'css', 'javascript']);
const contentSchema = (type: MediaType) =>
  binary.has(type)
    ? { type: 'string', format: 'binary' }
    : text.has(type)
      ? { type: 'string' }
      : { type: 'object' };

const signedIn = [{ sessionCookie: [] }, { bearerAuth: [] }];

function security(op: ApiOperation) {
  if (op.roles === undefined) return {};
  if (op.roles === 'optional') return { security: [{}, ...signedIn] };
  if (op.roles === 'session') return { security: [{ sessionCookie: [] }] };
  return { security: signedIn, ...(Array.isArray(op.roles) ? { 'x-roles': op.roles } : {}) };
}

function description(op: ApiOperation): string | undefined {
  const who = Array.isArray(op.roles)
    ? `Needs an account: ${op.roles.join(' or ')}.`
    : op.roles === 'session'
      ? 'Needs an account signed in with its password (the session cookie): an API token may not.'
      : undefined;
  const ifMatch =
    op.ifMatch === 'when-present'
      ? 'Over a resource that is there, If-Match names the version changed, as for any change.'
      : undefined;
  const text = [op.description, who, ifMatch].filter(Boolean).join('\n\n');
  return text || undefined;
}

/** `GET /api/layers/:layer/features/:id` → `getLayersByLayerFeaturesById`. */
function operationId(op: ApiOperation): string {
  const words = op.path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((word) => (word.startsWith(':') ? `By${word.slice(1)}` : word))
    .map((word) => word[0]?.toUpperCase() + word.slice(1));
  return op.method + words.join('');
}

function operationObject(op: ApiOperation): SchemaObject {
  const ifMatch = op.ifMatch
    ? [
        {
          name: 'If-Match',
          in: 'header',
          required: op.ifMatch === 'required',
          description: 'the ETag of the version changed, as GET gave it',
          schema: { type: 'string', pattern: '^"v\\d{1,9}"$' },
          example: '"v1"',
        },
      ]
    : [];
  const params = [
    ...(op.params ? parameters(op.params, 'path', op.example?.params) : []),
    ...(op.query ? parameters(op.query, 'query', op.example?.query) : []),
    ...ifMatch,
  ];
  const body = requestBody(op);
  const text = description(op);
  const content = Object.fromEntries(
    op.success.types.map((t) => [MEDIA_TYPES[t], { schema: contentSchema(t) }]),
  );
  return {
    operationId: operationId(op),
    tags: [op.tag],
    summary: op.summary,
    ...(text ? { description: text } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    ...security(op),
    responses: {
      [op.success.status]: { description: op.success.description, content },
      ...Object.fromEntries(errorStatuses(op).map((status) => [status, { $ref: errorResponse(status) }])),
    },
  };
}

const API_DESCRIPTION = `The HTTP API of the map of New Caledonia's telecom and postal infrastructure (sample data).

Conventions: where a route takes query parameters, one it does not list, or one given twice, is refused with 400; numbers are plain decimals; every error is a JSON body \`{ error, detail, parameter?, requestId }\`, a 400 naming the parameter. A 503 is temporary and says when to try again (Retry-After). Writes need an account: the session cookie of POST /api/auth/login, or an API token as \`Authorization: Bearer\`.

The same layers are served as OGC API Features at [/ogc](/ogc), with their own OpenAPI document at /ogc/api.`;

/** The whole document; `operations` defaults to every described route. */
export function apiDocument(operations: readonly ApiOperation[] = apiOperations): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    const path = (paths[openApiPath(op.path)] ??= {});
    if (path[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is described twice`);
    path[op.method] = operationObject(op);
  }
  const tags = [...new Set(operations.map((op) => op.tag))].map((name) => ({ name }));
  const used = [...new Set(operations.flatMap(errorStatuses))].sort((a, b) => a - b);
  return {
    openapi: '3.0.3',
    info: {
      title: 'Carte des infrastructures — API',
      version,
      description: API_DESCRIPTION,
    },
    servers: [{ url: '/' }],
    tags,
    paths,
    components: {
      schemas: { Error: schemaObject(errorBodySchema) },
      responses: Object.fromEntries(
        used.map((status) => [
          `E${status}`,
          {
            description: errorMeanings[status] ?? `HTTP ${status}`,
            ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
            content: { [MEDIA_TYPES.json]: { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description: 'set by POST /api/auth/login; named `__Host-session` over HTTPS',
        },
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'an API token of an account' },
      },
    },
  };
}
