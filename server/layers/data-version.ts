// A layer's data version (issue 12): the counters of data_versions (migration 0014) for the tables
// its features are read from — its own, the communes it names, the as-of date — read in one
// single-row query, with a digest of the layer's definition so that a release that changes what a
// feature holds changes it too. ETags are made from it, never from a body: a conditional GET is
// answered without running the layer's query.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import type { LayerDef } from './catalogue.ts';

/** The tables a layer's answers depend on, besides its own. */
const READ_ALONGSIDE = ['communes', 'dataset'] as const;

const definitionDigests = new Map<string, string>();

/** A short digest of the layer's catalogue entry (its attributes' SQL, names, legend). */
function definitionDigest(layer: LayerDef): string {
  let digest = definitionDigests.get(layer.id);
  if (!digest) {
    digest = createHash('sha256').update(JSON.stringify(layer)).digest('base64url').slice(0, 8);
    definitionDigests.set(layer.id, digest);
  }
  return digest;
}

/**
 * The layer's version, e.g. `Xy12abCd.7.3.1`: changes with every committed write to its table, to
 * the communes or to the as-of date, and with the layer's definition. Read before the data it
 * versions, so that it is never newer than what it is sent with.
 */
export async function layerDataVersion(db: Database, layer: LayerDef, executor?: Executor): Promise<string> {
  const tables = [layer.table, ...READ_ALONGSIDE.filter((t) => t !== layer.table)];
  const rows = await db.rows<{ table: string; version: string }>(
    sql`SELECT table_name AS "table", version::text AS version FROM data_versions
        WHERE table_name IN (${sql.join(
          tables.map((t) => sql`${t}`),
          sql`, `,
        )})`,
    executor,
  );
  const byTable = new Map(rows.map((r) => [r.table, r.version]));
  const versions = tables.map((t) => byTable.get(t));
  if (versions.some((v) => v === undefined)) {
    throw new Error(`no data version for layer ${layer.id} (is migration 0014 applied?)`);
  }
  return `${definitionDigest(layer)}.${versions.join('.')}`;
}
