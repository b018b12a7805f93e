// Derived data (coverage pieces, place coverage, white zones, the search index) lives in
// materialized views (migration 0003). Whatever changes the layers refreshes them, in the same
// transaction, so the gaps never disagree with the layers they come from. The islands (migration
// 0008) are the communes' land, clustered.
import { sql } from 'drizzle-orm';
import type { Executor } from './connection.ts';

/** In dependency order: place coverage reads the coverage pieces. */
const views = ['coverage_parts', 'place_coverage', 'white_zones', 'search_entries', 'islands'] as const;

export async function refreshAnalysis(executor: Executor): Promise<void> {
  for (const view of views) {
    await executor.execute(sql`REFRESH MATERIALIZED VIEW ${sql.identifier(view)}`);
  }
}
