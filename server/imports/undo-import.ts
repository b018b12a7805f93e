// Undoing an import: every feature it added is deleted and every feature it updated gets back the
// state it had before, set by set, in one transaction as the account undoing it (the history
// records each reversal under the same import). A feature changed or deleted since the import is a
// conflict: nothing is undone and the features in the way are named. Commune boundaries are not
// features with a history: their import is not undone here.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { asEditor } from '../edits/as-editor.ts';
import { importTarget, isFeatureTarget } from './import-targets.ts';
import { targetProperties } from './target-properties.ts';
import { httpError } from '../errors.ts';

export interface UndoReport {
  importId: number;
  deleted: number;
  restored: number;
}

export async function undoImport(db: Database, account: SignedIn, importId: number): Promise<UndoReport> {
  const [record] = await db.rows<{ target: string; undone: boolean }>(
    sql`SELECT target, undone_at IS NOT NULL AS undone FROM imports WHERE id = ${importId}`,
  );
  if (!record) throw httpError(404, `no import ${importId}`);
  if (record.undone) throw httpError(409, `import ${importId} was undone already`);
  const layer = record.target;
  if (!isFeatureTarget(layer)) {
    throw httpError(
      409,
      `an import of ${record.target} is not undone here: import the earlier boundaries again`,
    );
  }
  const spec = importTarget(layer);
  const table = spec.table;
  const t = sql.identifier(table);
  return asEditor(db, account, 'import', [table], async (tx) => {
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`SELECT set_config('app.import_id', ${String(importId)}, true)`);
    await db.rows(sql`SELECT id FROM imports WHERE id = ${importId} FOR UPDATE`, tx);
    // The import's last change of each feature: the version the feature must still be at.
    const changes = sql`(SELECT DISTINCT ON (feature_id) feature_id, operation, version, before
                         FROM feature_history WHERE import_id = ${importId} AND table_name = ${table}
                         ORDER BY feature_id, id DESC)`;
    const conflicts = await db.rows<{ feature_id: number; now: number | null; version: number }>(
      sql`SELECT c.feature_id, f.version AS now, c.version FROM ${changes} c LEFT JOIN ${t} f ON f.id = c.feature_id
          WHERE f.id IS NULL OR f.version <> c.version ORDER BY c.feature_id LIMIT 10`,
      tx,
    );
    if (conflicts.length > 0) {
      const which = conflicts
        .map((c) =>
          c.now === null ? `${c.feature_id} (deleted since)` : `${c.feature_id} (now version ${c.now})`,
        )
        .join(', ');
      throw httpError(
        409,
        `features of ${layer} changed since import ${importId}: ${which}; nothing was undone`,
      );
    }
    const deleted = await db.rows(
      sql`DELETE FROM ${t} f USING ${changes} c WHERE f.id = c.feature_id AND c.operation = 'create' RETURNING f.id`,
      tx,
    );
    // What an earlier state brings back: its properties, measured columns, commune and source.
    const columns = [
      ...new Set([
        ...targetProperties(layer).map((p) => p.column),
        ...spec.measured(sql`NULL`).map((m) => m.column),
        'commune_insee',
        'source',
      ]),
    ];
    const restored = await db.rows(
      sql`UPDATE ${t} f SET (${sql.join(
        columns.map((c) => sql.identifier(c)),
        sql`, `,
      )}, geom) = (SELECT ${sql.raw(columns.map((c) => `r.${c}`).join(', '))},
                          ST_SetSRID(ST_GeomFromGeoJSON(earlier.before->'geometry'), 4326)
                   FROM jsonb_populate_record(NULL::${t}, earlier.before->'properties') r)
          FROM (SELECT DISTINCT ON (feature_id) feature_id, before FROM feature_history
                WHERE import_id = ${importId} AND table_name = ${table} AND operation = 'update'
                ORDER BY feature_id, id) earlier
          WHERE f.id = earlier.feature_id RETURNING f.id`,
      tx,
    );
    await db.rows(
      sql`UPDATE imports SET undone_at = now(), undone_by = ${account.id} WHERE id = ${importId}`,
      tx,
    );
    return { importId, deleted: deleted.length, restored: restored.length };
  });
}
