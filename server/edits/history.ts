// A feature's history, newest first: each create, update and delete with who made it, when, by
// which path, and the feature before and after (GeoJSON), as the triggers of migration 0010 wrote it.
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';

export interface HistoryEntry {
  id: number;
  operation: 'create' | 'update' | 'delete';
  version: number;
  at: string;
  via: string;
  author: string | null;
  before: unknown;
  after: unknown;
}

export function featureHistory(
  db: Database,
  table: string,
  featureId: number,
  tx?: Executor,
): Promise<HistoryEntry[]> {
  return db.rows<HistoryEntry & Record<string, unknown>>(
    sql`SELECT h.id::int AS id, h.operation, h.version,
               to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, h.via,
               a.email AS author, h.before, h.after
        FROM feature_history h LEFT JOIN accounts a ON a.id = h.account_id
        WHERE h.table_name = ${table} AND h.feature_id = ${featureId}
        ORDER BY h.id DESC`,
    tx,
  );
}
