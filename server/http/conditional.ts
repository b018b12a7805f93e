// Conditional GETs answered from a data version (issue 12): the ETag is the version the answer is
// built at, weak (the gzip body and the plain one share it), so that If-None-Match is checked
// before any query runs, and a 304 costs one single-row read.
import type { Context } from 'hono';

export const versionEtag = (version: string) => `W/"${version}"`;

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** Whether If-None-Match names `etag` (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function ifNoneMatches(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === wanted);
}

/** Whether the client takes a gzip body (Accept-Encoding names gzip without q=0). */
export function acceptsGzip(c: Context): boolean {
  const header = c.req.header('accept-encoding') ?? '';
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    return !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
  });
}

/** The query string with its parameters in a fixed order: one cache key per view. */
export function canonicalQuery(c: Context): string {
  const params = [...new URL(c.req.url).searchParams.entries()].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  return new URLSearchParams(params).toString();
}
