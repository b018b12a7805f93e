// Cross-site request forgery: a write (any method but GET, HEAD, OPTIONS) is refused when the
// browser says it comes from another site (Fetch Metadata `Sec-Fetch-Site`, else `Origin` against
// the request's own host), and it must be JSON (or multipart, for file imports): a form of another
// site can send neither without the browser asking first. A request with an API token
// (Authorization: Bearer or Basic) is not checked for its site: a browser never adds that header
// by itself (the 401s challenge Bearer only, so no browser keeps a Basic password for this site),
// and QGIS or a script sends what it likes; the token is the proof.
import type { Context, MiddlewareHandler } from 'hono';
import { httpError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { JSON_TYPE } from '../validation.ts';
import { apiCredentials } from './current-account.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A 403 when the browser says the write comes from another site. */
function refuseOtherSites(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw httpError(403, `writes are accepted from this site only (Sec-Fetch-Site: ${site.slice(0, 20)})`);
  }
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) throw httpError(403, 'writes are accepted from this site only (Origin differs)');
  } else if (origin === 'null') {
    throw httpError(403, 'writes are accepted from this site only (Origin: null)');
  }
}

export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    if (!apiCredentials(c.req.header('authorization'))) refuseOtherSites(c);
    // A DELETE says all in its URL: with no body it needs no type (Hono keeps what was read).
    if (c.req.method === 'DELETE' && (await c.req.text()).length === 0) return next();
    const type = c.req.header('content-type') ?? '';
    const multipart = /^multipart\/form-data\s*(;|$)/i.test(type.trim());
    if (
      c.req.raw.body !== null &&
      c.req.header('content-length') !== '0' &&
      !JSON_TYPE.test(type.trim()) &&
      !multipart
    ) {
      throw httpError(415, `expected Content-Type: application/json, got ${type ? excerpt(type) : 'none'}`);
    }
    return next();
  };
}
