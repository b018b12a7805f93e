// Versions as ETags: a feature's version `3` is the strong ETag `"v3"`. A change must name the
// version it was made from in If-Match (as given, weak or strong): without it 428, on another
// version 412.
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Database, Executor } from '../../db/connection.ts';
import { errorBody, httpError } from '../errors.ts';

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
  // The weak form too: a compressed answer carries its ETag weakened (W/"v3"), and clients send
  // back what they were given; the version it names is the same.
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match)
    throw httpError(400, `If-Match: expected an ETag such as "v3", got ${header.slice(0, 40)}`, 'If-Match');
  return Number(match[1]);
}

/**
 * Locks row `id` of `target.table` for the change (FOR UPDATE: a second writer waits, then sees the
 * new version) and checks its version: 404 when it is not there, 412 with `current()` in the body
 * when it changed since `expected`.
 */
export async function lockVersion(
  db: Database,
  tx: Executor,
  target: { table: string; what: string },
  id: number,
  expected: number,
  current: () => Promise<unknown>,
): Promise<void> {
  const rows = await db.rows<{ version: number }>(
    sql`SELECT version FROM ${sql.identifier(target.table)} WHERE id = ${id} FOR UPDATE`,
    tx,
  );
  const version = rows[0]?.version;
  if (version === undefined) throw httpError(404, `no ${target.what}`, 'id');
  if (version === expected) return;
  const detail = `${target.what} changed since version ${expected}: it is at version ${version}; here it is, merge and send again`;
  throw new HTTPException(412, {
    message: detail,
    res: new Response(JSON.stringify({ ...errorBody(412, detail), current: await current() }), {
      status: 412,
      headers: { 'content-type': 'application/json; charset=utf-8', etag: etagOf(version) },
    }),
  });
}
