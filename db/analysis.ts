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

type View = (typeof views)[number];

/** The derived views each edited table feeds (a project governs its fibre zone's status). */
const fedBy: Record<string, View[]> = {
  wifi_terminals: ['search_entries'],
  schools: ['place_coverage', 'search_entries'],
  fibre_zones: ['place_coverage'],
  fibre_cables: ['place_coverage'],
  mobile_coverage: ['coverage_parts', 'place_coverage', 'white_zones'],
  mobile_sites: [],
  po_box_blocks: [],
  projects: ['place_coverage'],
};
/** Views with a unique index: refreshed CONCURRENTLY, so that readers never wait for an edit. */
const concurrently = new Set<View>(['place_coverage', 'search_entries']);

/**
 * After an edit of `tables`, in its transaction: the derived views they feed, in dependency order,
 * so that the figures are exact the moment the edit commits.
 */
export async function refreshAfterEdit(executor: Executor, tables: readonly string[]): Promise<void> {
  const wanted = new Set(tables.flatMap((table) => fedBy[table] ?? views));
  for (const view of views) {
    if (!wanted.has(view)) continue;
    const how = concurrently.has(view) ? sql`CONCURRENTLY ` : sql``;
    await executor.execute(sql`REFRESH MATERIALIZED VIEW ${how}${sql.identifier(view)}`);
  }
}
