// Which representation a request asks for: `f=json|html` first, else the Accept header (a
// browser's text/html without any JSON type); JSON by default (Part 1, /req/core/http).
import type { Context } from 'hono';
import { badParameter } from './exceptions.ts';

export type Format = 'json' | 'html';

const JSON_NAMES = ['json', 'geojson', 'application/json', 'application/geo+json'];

export function requestedFormat(c: Context, f: string | undefined): Format {
  if (f !== undefined) {
    if (f === 'html' || f === 'text/html') return 'html';
    if (JSON_NAMES.includes(f)) return 'json';
    throw badParameter('f', `expected json or html, got ${JSON.stringify(f.slice(0, 40))}`);
  }
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/html') && !accept.includes('json') ? 'html' : 'json';
}

/** The API's root URL as the client reached it. */
export const ogcBase = (c: Context) => `${new URL(c.req.url).origin}/ogc`;
