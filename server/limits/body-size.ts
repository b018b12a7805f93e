// Request body size per route, refused with 413 before the body is read: hono's bodyLimit trusts
// Content-Length when there is one and stops reading a chunked body at the limit. A 24 MB polygon
// once held the embedded app for 28 s; now it costs nothing.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { httpError } from '../errors.ts';
import { IMPORT_LIMITS } from '../imports/limits.ts';

/** Bytes a body may have, per `METHOD /path`: the area analysis takes a drawn polygon. */
export const BODY_LIMITS: Readonly<Record<string, number>> = {
  'POST /api/gaps/area': 1024 * 1024,
  // A file to import, with the form around it.
  'POST /api/imports': IMPORT_LIMITS.fileBytes + 64 * 1024,
};
/** Edits carry a drawn geometry (at most 2,000 vertices): a feature or a project, as GeoJSON. */
export const EDIT_BODY_LIMIT = 256 * 1024;
const EDIT_ROUTES = /^(POST|PATCH) \/api\/(projects(\/\d+)?|layers\/[\w-]+\/features(\/\d+)?)$/;
/** Any other body: no other route reads a large one, so a small allowance is plenty. */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

export function bodySizeLimits(
  limits: Readonly<Record<string, number>> = BODY_LIMITS,
  fallback = DEFAULT_BODY_LIMIT,
): MiddlewareHandler {
  const guard = (route: string, maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw httpError(413, `the request body of ${route} may be at most ${maxSize} bytes`);
      },
    });
  const guards = new Map(Object.entries(limits).map(([route, size]) => [route, guard(route, size)]));
  const fallbackGuard = guard('this request', fallback);
  const editGuard = guard('an edit', EDIT_BODY_LIMIT);
  return async (c, next) => {
    const route = `${c.req.method} ${c.req.path}`;
    return (guards.get(route) ?? (EDIT_ROUTES.test(route) ? editGuard : fallbackGuard))(c, next);
  };
}
