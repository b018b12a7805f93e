// Sessions live in the database (any instance serves any user): a random token goes to the
// browser in a cookie, only its SHA-256 is stored. They expire, and can be revoked one by one.
import { sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import type { Role, SessionAccount } from './payloads.ts';

/** A session lasts this long after sign-in, whatever its use. */
export const SESSION_HOURS = 12;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function openSession(
  db: Database,
  accountId: number,
  client: { address: string; userAgent: string | null },
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const rows = await db.rows<{ expiresAt: string }>(sql`
    INSERT INTO sessions (account_id, token_hash, expires_at, address, user_agent)
    VALUES (${accountId}, ${tokenHash(token)}, now() + make_interval(hours => ${SESSION_HOURS}),
            ${client.address}, ${client.userAgent?.slice(0, 200) ?? null})
    RETURNING to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt"`);
  return { token, expiresAt: rows[0]?.expiresAt ?? '' };
}

/** The account of a live session (not expired, not revoked, account enabled), if the token is one. */
export async function sessionAccount(
  db: Database,
  token: string,
): Promise<(SessionAccount & { sessionId: number }) | undefined> {
  const rows = await db.rows<{
    sessionId: number;
    id: number;
    email: string;
    role: Role;
    commune: string | null;
  }>(sql`
    UPDATE sessions s SET last_seen_at = now()
    FROM accounts a
    WHERE s.token_hash = ${tokenHash(token)} AND a.id = s.account_id
      AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL
    RETURNING s.id AS "sessionId", a.id, a.email, a.role::text AS role, a.commune_insee AS commune`);
  return rows[0];
}

export async function revokeSession(db: Database, sessionId: number): Promise<boolean> {
  const rows = await db.rows(
    sql`UPDATE sessions SET revoked_at = now() WHERE id = ${sessionId} AND revoked_at IS NULL RETURNING id`,
  );
  return rows.length > 0;
}

export interface SessionRow {
  id: number;
  accountId: number;
  email: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
}

/** The live sessions, newest first (for an admin). */
export async function liveSessions(db: Database): Promise<SessionRow[]> {
  const iso = (column: string) =>
    sql.raw(`to_char(s.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
  return db.rows<SessionRow & Record<string, unknown>>(sql`
    SELECT s.id, s.account_id AS "accountId", a.email, ${iso('created_at')} AS "createdAt",
           ${iso('last_seen_at')} AS "lastSeenAt", ${iso('expires_at')} AS "expiresAt", s.address,
           s.user_agent AS "userAgent"
    FROM sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.revoked_at IS NULL AND s.expires_at > now()
    ORDER BY s.created_at DESC, s.id DESC`);
}
