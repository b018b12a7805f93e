// How long an answer may be kept, said on every answer (issue #8). Routes that know better set
// their own Cache-Control (a layer: a minute; health: never stored; a built asset: a year); every
// other success may be kept but is checked again first (its ETag makes that cheap), and a failure
// is not kept at all.
import type { MiddlewareHandler } from 'hono';

export const REVALIDATE = 'no-cache';
const NOT_STORED = 'no-store';

export function defaultCacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.headers.has('Cache-Control')) return;
    c.res.headers.set('Cache-Control', c.res.status >= 400 ? NOT_STORED : REVALIDATE);
  };
}

/**
 * `Vary: Accept-Encoding` on every answer of a compressing route, its 304s and its small answers
 * included: a cache must not hand a gzip body to a client that did not ask for one.
 */
export function varyOnAcceptEncoding(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const vary = c.res.headers.get('Vary');
    if (vary === '*' || (vary && /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))) return;
    c.res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  };
}
