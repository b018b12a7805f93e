// What the OpenAPI document says about one /api route: its method and Hono path, and the very zod
// schema objects the route hands to zValidator for its path, query and JSON body, so that the
// document is generated from what is enforced (server/openapi/document.ts builds it).
import type { z } from 'zod';
import type { Role } from '../auth/payloads.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a success answers, named by the short words the entries use. */
export const MEDIA_TYPES = {
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv',
  gpkg: 'application/geopackage+sqlite3',
  ndjson: 'application/x-ndjson',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
  html: 'text/html',
  css: 'text/css',
  javascript: 'text/javascript',
  png: 'image/png',
} as const;
export type MediaType = keyof typeof MEDIA_TYPES;

export interface Success {
  status: 200 | 201;
  description: string;
  /** One or more media types the answer may have (e.g. JSON, CSV or GeoJSON by `format=`). */
  types: readonly MediaType[];
}

/** A JSON body: one schema, or one per variant (e.g. per editable layer), shown as oneOf. */
export type Body = z.ZodType | { variants: Readonly<Record<string, z.ZodType>> };

export interface ApiOperation {
  method: Method;
  /** As Hono registers it, with the /api prefix: `/api/layers/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The path parameters' schema (an object), the one the route validates with. */
  params?: z.ZodType;
  /** The query's schema (an object); absent for routes that take no parameter (noQuery). */
  query?: z.ZodType;
  /** The JSON body's schema. */
  body?: Body;
  /** A multipart form body, described by its parts (the import's file and options). */
  multipart?: { parts: Readonly<Record<string, { description: string; schema?: z.ZodType }>> };
  /**
   * Who may call it; absent: anyone. Roles: an account of one of them, by cookie or token.
   * `session`: any account signed in with its password (the cookie, not a token). `optional`:
   * anyone, an account changes what it sees.
   */
  roles?: readonly Role[] | 'session' | 'optional';
  /**
   * A write on a versioned resource, If-Match naming the version changed (412 when stale):
   * `required` (428 without it), or `when-present` (a restore over a feature still there).
   */
  ifMatch?: 'required' | 'when-present';
  /** Examples of a request the route accepts: each query or path parameter, and the body. */
  example?: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
  success: Success;
  /** Error statuses besides those the entry implies (400 for input, 401/403 for roles, …). */
  errors?: readonly number[];
}

/** `/api/layers/:id` → `/api/layers/{id}` (a Hono pattern such as `:id{[0-9]+}` loses its pattern). */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

/** "GET /api/layers/{id}": how the drift check and the tests name an operation. */
export const operationKey = (method: string, honoPath: string) =>
  `${method.toUpperCase()} ${openApiPath(honoPath)}`;
