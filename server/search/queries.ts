// Search by name: exact before prefix before contained before fuzzy (a typo, a missing letter),
// then communes before settlements, tribus, Wi-Fi sites and schools; accents and case ignored.
import { sql } from 'drizzle-orm';
import { inFrenchOrder } from '../../db/collation.ts';
import type { Database } from '../../db/connection.ts';

export interface SearchResult {
  kind: 'commune' | 'settlement' | 'tribu' | 'wifi' | 'school';
  ref: string;
  label: string;
  category: string | null;
  communeInsee: string;
  communeName: string;
  lon: number;
  lat: number;
  match: 'exact' | 'prefix' | 'contains' | 'fuzzy';
}

/** How alike a name must be to count as a typo of the query (pg_trgm, 0–1). */
const FUZZY_THRESHOLD = 0.45;

export async function searchPlaces(db: Database, query: string, limit: number): Promise<SearchResult[]> {
  // fold_name() leaves only [a-z0-9 ], so the folded query needs no LIKE escaping. The trigram
  // index serves both the contains test and the `%` similarity operator (pg_trgm's 0.3 default);
  // the score then keeps the closer fuzzy matches.
  const folded = sql`public.fold_name(${query})`;
  return db.rows<SearchResult & Record<string, unknown>>(sql`
    WITH scored AS (
      SELECT e.*,
        CASE WHEN e.folded = ${folded} THEN 0
             WHEN left(e.folded, length(${folded})) = ${folded} THEN 1
             WHEN position(${folded} IN e.folded) > 0 THEN 2
             ELSE 3 END AS match_rank,
        greatest(similarity(e.folded, ${folded}), word_similarity(${folded}, e.folded)) AS score
      FROM search_entries e
      WHERE ${folded} <> '' AND (e.folded LIKE '%' || ${folded} || '%' OR e.folded % ${folded})
    )
    SELECT s.kind, s.ref, s.label, s.category, s.commune_insee AS "communeInsee", c.name AS "communeName",
           round(ST_X(s.geom)::numeric, 6)::float8 AS lon, round(ST_Y(s.geom)::numeric, 6)::float8 AS lat,
           (ARRAY['exact', 'prefix', 'contains', 'fuzzy'])[s.match_rank + 1] AS match
    FROM scored s JOIN communes c ON c.insee = s.commune_insee
    WHERE s.match_rank < 3 OR s.score >= ${FUZZY_THRESHOLD}
    ORDER BY s.match_rank, s.kind_rank, s.score DESC, ${inFrenchOrder(sql`s.label`)}, s.ref
    LIMIT ${limit}`);
}
