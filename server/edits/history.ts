// A feature's history, newest first: each create, update and delete with who made it, when, by
// which path, and the feature before and after (GeoJSON), as the triggers of migration 0010 wrote it.
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import { propertyName } from '../layers/catalogue.ts';

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

/** A row as the trigger stored it (a GeoJSON Feature of its columns), in the API's camelCase. */
interface StoredFeature {
  type: 'Feature';
  geometry: unknown;
  properties: Record<string, unknown>;
}
function camelCased(feature: StoredFeature | null): StoredFeature | null {
  if (!feature) return null;
  const properties = Object.fromEntries(
    Object.entries(feature.properties).map(([column, value]) => [propertyName(column), value]),
  );
  return { ...feature, properties };
}

export async function featureHistory(
  db: Database,
  table: string,
  featureId: number,
  tx?: Executor,
): Promise<HistoryEntry[]> {
  const rows = await db.rows<HistoryEntry & Record<string, unknown>>(
    sql`SELECT h.id::int AS id, h.operation, h.version,
               to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, h.via,
               a.email AS author, h.before, h.after
        FROM feature_history h LEFT JOIN accounts a ON a.id = h.account_id
        WHERE h.table_name = ${table} AND h.feature_id = ${featureId}
        ORDER BY h.id DESC`,
    tx,
  );
  return rows.map((row) => ({
    ...row,
    before: camelCased(row.before as StoredFeature | null),
    after: camelCased(row.after as StoredFeature | null),
  }));
}

/**
 * One history entry of a table, with the state it stands for: what a create or an update left, what a
 * delete removed (restoring a deletion brings the feature back).
 */
export async function historyEntry(
  db: Database,
  table: string,
  historyId: number,
  tx?: Executor,
): Promise<
  { featureId: number; operation: string; version: number; state: StoredFeature | null } | undefined
> {
  const rows = await db.rows<{
    featureId: number;
    operation: string;
    version: number;
    state: StoredFeature | null;
  }>(
    sql`SELECT feature_id AS "featureId", operation, version,
               CASE WHEN operation = 'delete' THEN before ELSE after END AS state
        FROM feature_history WHERE id = ${historyId} AND table_name = ${table}`,
    tx,
  );
  return rows[0];
}

export interface DeletedFeature {
  historyId: number;
  featureId: number;
  version: number;
  at: string;
  author: string | null;
  feature: unknown;
}

/** Features of a table deleted and not restored since, newest first: what a planner may bring back. */
export async function deletedFeatures(db: Database, table: string): Promise<DeletedFeature[]> {
  const rows = await db.rows<DeletedFeature & Record<string, unknown>>(
    sql`SELECT DISTINCT ON (h.feature_id) h.id::int AS "historyId", h.feature_id AS "featureId", h.version,
               to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
               a.email AS author, h.before AS feature
        FROM feature_history h LEFT JOIN accounts a ON a.id = h.account_id
        WHERE h.table_name = ${table} AND h.operation = 'delete'
          AND NOT EXISTS (SELECT 1 FROM ${sql.identifier(table)} t WHERE t.id = h.feature_id)
        ORDER BY h.feature_id, h.id DESC`,
  );
  return rows
    .map((row) => ({ ...row, feature: camelCased(row.feature as StoredFeature | null) }))
    .sort((a, b) => b.historyId - a.historyId);
}
