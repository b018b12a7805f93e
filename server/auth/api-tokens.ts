// API tokens: what QGIS, GDAL and scripts sign in with (`Authorization: Bearer <token>`, or the
// token as the password of Basic auth, never the account's password). Made and revoked by their
// account; the token is shown once at creation, only its SHA-256 is stored (as for sessions).
import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import type { Role, SessionAccount } from './payloads.ts';
import { tokenHash } from './sessions.ts';

/** Tokens start with this, so that one pasted in the wrong place is recognisable (and greppable). */
export const TOKEN_PREFIX = 'ncit_';
/** A token is the prefix and 32 random bytes in base64url: 48 characters. */
export const TOKEN_LENGTH = TOKEN_PREFIX.length + 43;

export interface ApiToken {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
const tokenColumns = sql`id, name, ${iso('created_at')} AS "createdAt", ${iso('last_used_at')} AS "lastUsedAt",
  ${iso('revoked_at')} AS "revokedAt"`;

/** A new token of the account; `token` is the secret, returned this once. */
export async function createApiToken(
  db: Database,
  accountId: number,
  name: string,
): Promise<ApiToken & { token: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const rows = await db.rows<ApiToken & Record<string, unknown>>(sql`
    INSERT INTO api_tokens (account_id, name, token_hash) VALUES (${accountId}, ${name}, ${tokenHash(token)})
    RETURNING ${tokenColumns}`);
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return { ...row, token };
}

/** The account's tokens, live ones first, newest first. */
export async function accountTokens(db: Database, accountId: number): Promise<ApiToken[]> {
  return db.rows<ApiToken & Record<string, unknown>>(sql`
    SELECT ${tokenColumns} FROM api_tokens WHERE account_id = ${accountId}
    ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC`);
}

/** Revokes one of the account's live tokens; false when it has no such live token. */
export async function revokeApiToken(db: Database, accountId: number, id: number): Promise<boolean> {
  const rows = await db.rows(sql`
    UPDATE api_tokens SET revoked_at = now()
    WHERE id = ${id} AND account_id = ${accountId} AND revoked_at IS NULL RETURNING id`);
  return rows.length > 0;
}

/**
 * The account of a live token (not revoked, account enabled), noting its use; `email`, when given
 * (Basic auth), must be the account's.
 */
export async function tokenAccount(
  db: Database,
  token: string,
  email?: string,
): Promise<(SessionAccount & { tokenId: number }) | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length !== TOKEN_LENGTH) return undefined;
  const rows = await db.rows<{
    tokenId: number;
    id: number;
    email: string;
    role: Role;
    commune: string | null;
  }>(
    sql`UPDATE api_tokens t SET last_used_at = now()
        FROM accounts a
        WHERE t.token_hash = ${tokenHash(token)} AND a.id = t.account_id
          AND t.revoked_at IS NULL AND a.disabled_at IS NULL
          AND (${email ?? null}::text IS NULL OR a.email = lower(${email ?? null}::text))
        RETURNING t.id AS "tokenId", a.id, a.email, a.role::text AS role, a.commune_insee AS commune`,
  );
  return rows[0];
}
