// Holds the OpenAPI document to the app: every /api route Hono registered is described, and
// nothing described is missing from the routes. Middleware (method ALL) is not a route.
import { operationKey, type ApiOperation } from './registry.ts';

export interface RegisteredRoute {
  method: string;
  path: string;
}

export interface RouteDrift {
  /** Routes of the app the document does not describe: "GET /api/layers/{id}". */
  undocumented: string[];
  /** Operations the document describes that the app does not route. */
  unrouted: string[];
}

export function routeDrift(
  routes: readonly RegisteredRoute[],
  operations: readonly ApiOperation[],
): RouteDrift {
  const registered = new Set(
    routes
      .filter((r) => r.method !== 'ALL' && (r.path === '/api' || r.path.startsWith('/api/')))
      .map((r) => operationKey(r.method, r.path)),
  );
  const described = new Set(operations.map((op) => operationKey(op.method, op.path)));
  return {
    undocumented: [...registered].filter((key) => !described.has(key)).sort(),
    unrouted: [...described].filter((key) => !registered.has(key)).sort(),
  };
}
