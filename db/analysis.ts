// Derived data (coverage pieces, place coverage, white zones, the search index, the islands):
// materialized views (migrations 0003, 0005, 0008) and, for the place coverage, a table kept from
// its definition (migration 0012). Whatever changes the layers refreshes them, in the same
// transaction, so the gaps never disagree with the layers they come from.
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './connection.ts';

/** In dependency order: place coverage reads the coverage pieces. */
const derived = ['coverage_parts', 'place_coverage', 'white_zones', 'search_entries', 'islands'] as const;
type Derived = (typeof derived)[number];

/** Views with a unique index: refreshed CONCURRENTLY after an edit, so that readers never wait. */
const concurrently = new Set<Derived>(['search_entries']);

async function refresh(executor: Executor, what: Derived, afterEdit: boolean): Promise<void> {
  if (what === 'place_coverage') {
    await executor.execute(sql`SELECT refresh_place_coverage()`);
    return;
  }
  const how = afterEdit && concurrently.has(what) ? sql`CONCURRENTLY ` : sql``;
  await executor.execute(sql`REFRESH MATERIALIZED VIEW ${how}${sql.identifier(what)}`);
}

/** Everything, from the layers (the seed, an import). */
export async function refreshAnalysis(executor: Executor): Promise<void> {
  for (const what of derived) await refresh(executor, what, false);
}

/**
 * What each edited table feeds. Fibre zones (which projects govern), projects and schools change
 * the place coverage of a few places only: `incremental` recomputes those (migration 0012). Cables
 * feed nothing (a distance to fibre is to a deployed zone); mobile coverage changes its pieces, so
 * everything after them is refreshed whole.
 */
const fedBy: Record<string, { whole: Derived[]; incremental?: true }> = {
  wifi_terminals: { whole: ['search_entries'] },
  schools: { whole: ['search_entries'], incremental: true },
  fibre_zones: { whole: [], incremental: true },
  fibre_cables: { whole: [] },
  mobile_coverage: { whole: ['coverage_parts', 'place_coverage', 'white_zones'] },
  mobile_sites: { whole: [] },
  po_box_blocks: { whole: [] },
  projects: { whole: [], incremental: true },
};

/**
 * After an edit of `tables`, in its transaction: what they feed, so that the figures are exact the
 * moment the edit commits. Returns how many places' coverage was recomputed one by one.
 */
export async function refreshAfterEdit(executor: Executor, tables: readonly string[]): Promise<number> {
  const whole = new Set<Derived>();
  let incremental = false;
  for (const table of tables) {
    const feeds = fedBy[table];
    if (!feeds) derived.forEach((d) => whole.add(d));
    else {
      feeds.whole.forEach((d) => whole.add(d));
      incremental ||= feeds.incremental === true;
    }
  }
  let places = 0;
  for (const what of derived) {
    if (whole.has(what)) await refresh(executor, what, true);
    else if (what === 'place_coverage' && incremental) {
      const result = await executor.execute(sql`SELECT refresh_place_coverage_after_edits() AS n`);
      places = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
    }
  }
  return places;
}
