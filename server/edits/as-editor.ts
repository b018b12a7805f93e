// Every edit runs in one transaction that names who makes it and by which path, for the history
// triggers (migration 0010); a broken constraint comes back as a 400 naming it, and nothing of the
// edit is written.
import { sql } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import type { Database, Executor } from '../../db/connection.ts';
import { constraintViolation } from '../../db/faults.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';

export type EditPath = 'web' | 'import' | 'ogc';

/** What a broken constraint means to the person who sent the change. */
const constraintWords: Record<string, [parameter: string, detail: string]> = {
  wifi_terminals_service_ck: [
    'properties.inServiceSince',
    'inServiceSince: a planned terminal has no date of service, an active or maintained one has one',
  ],
  wifi_terminals_geom_valid: ['geometry', 'geometry: not a valid geometry'],
  wifi_terminals_geom_in_nc: ['geometry', 'geometry: outside New Caledonia'],
  governed_by_project: ['properties', ''],
};

export async function asEditor<T>(
  db: Database,
  account: SignedIn,
  path: EditPath,
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await db.orm.transaction(async (tx) => {
      await tx.execute(
        sql`SELECT set_config('app.account_id', ${String(account.id)}, true), set_config('app.via', ${path}, true)`,
      );
      return work(tx);
    });
  } catch (err) {
    if (err instanceof HTTPException) throw err;
    const violation = constraintViolation(err);
    if (!violation) throw err;
    const words = violation.constraint ? constraintWords[violation.constraint] : undefined;
    const detail = words?.[1] || violation.message.slice(0, 300);
    if (violation.constraint === 'governed_by_project') throw httpError(409, detail, 'properties');
    throw httpError(400, detail, words?.[0] ?? 'body');
  }
}
