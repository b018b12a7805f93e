// Failed sign-ins are counted in the database (every instance sees them) per account and per
// address over a sliding window; past the limit the sign-in is refused with a 429 before the
// password is checked, whether or not the account exists.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function loginRefused(db: Database, email: string, address: string): Promise<boolean> {
  const rows = await db.rows<{ byEmail: number; byAddress: number }>(sql`
    SELECT count(*) FILTER (WHERE email = ${email})::int AS "byEmail",
           count(*) FILTER (WHERE address = ${address})::int AS "byAddress"
    FROM login_attempts
    WHERE NOT succeeded AND at > now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})
      AND (email = ${email} OR address = ${address})`);
  const counts = rows[0] ?? { byEmail: 0, byAddress: 0 };
  return counts.byEmail >= MAX_FAILURES_PER_ACCOUNT || counts.byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginAttempt(
  db: Database,
  email: string,
  address: string,
  succeeded: boolean,
): Promise<void> {
  await db.rows(
    sql`INSERT INTO login_attempts (email, address, succeeded) VALUES (${email}, ${address}, ${succeeded})`,
  );
}
