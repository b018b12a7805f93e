// Versions as ETags: a feature's version `3` is the strong ETag `"v3"`. A change must name the
// version it was made from in If-Match: without it 428, on another version 412.
import type { Context } from 'hono';
import { httpError } from '../errors.ts';

export const etagOf = (version: number) => `"v${version}"`;

/** The version the client's If-Match names; a 428 when it names none, a 400 when it is not ours. */
export function expectedVersion(c: Context): number {
  const header = c.req.header('if-match');
  if (!header) {
    throw httpError(
      428,
      'If-Match is required: send the ETag of the version you changed (GET the feature first)',
    );
  }
  const match = /^"v(\d{1,9})"$/.exec(header.trim());
  if (!match)
    throw httpError(400, `If-Match: expected an ETag such as "v3", got ${header.slice(0, 40)}`, 'If-Match');
  return Number(match[1]);
}
