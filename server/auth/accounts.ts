// Accounts: made by an admin (or `npm run user:create`), found by email at sign-in.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import { hashPassword } from './password.ts';
import type { NewAccount, Role, SessionAccount } from './payloads.ts';

export async function createAccount(db: Database, account: NewAccount): Promise<SessionAccount> {
  const hash = await hashPassword(account.password);
  if (account.commune) {
    const known = await db.rows(sql`SELECT 1 FROM communes WHERE insee = ${account.commune}`);
    if (known.length === 0)
      throw httpError(400, `commune: no commune with INSEE code ${account.commune}`, 'commune');
  }
  const rows = await db.rows<{ id: number }>(sql`
    INSERT INTO accounts (email, password_hash, role, commune_insee)
    VALUES (${account.email}, ${hash}, ${account.role}, ${account.commune})
    ON CONFLICT (email) DO NOTHING RETURNING id`);
  const id = rows[0]?.id;
  if (id === undefined)
    throw httpError(409, `an account with the email ${account.email} exists already`, 'email');
  return { id, email: account.email, role: account.role, commune: account.commune };
}

export interface StoredAccount extends SessionAccount {
  passwordHash: string;
}

/** The enabled account of this (lower-cased) email, if any. */
export async function accountByEmail(db: Database, email: string): Promise<StoredAccount | undefined> {
  const rows = await db.rows<{
    id: number;
    email: string;
    role: Role;
    commune: string | null;
    passwordHash: string;
  }>(
    sql`SELECT id, email, role::text AS role, commune_insee AS commune, password_hash AS "passwordHash"
        FROM accounts WHERE email = ${email} AND disabled_at IS NULL`,
  );
  return rows[0];
}
