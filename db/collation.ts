// Names sort as a French reader expects (issue #9): "Île des Pins" under I, "Ouégoa" before "Ouvéa",
// not after every unaccented name as byte order ("C") puts them. Both backends have ICU's root
// collation, "und-x-icu": the Debian PostgreSQL build imports ICU's collations at initdb, and PGlite
// ships it (neither has "fr-x-icu" in every build). For names, French and the root collation agree:
// accents count only to break ties, after the letters.
import { sql, type SQL } from 'drizzle-orm';

/** `column COLLATE "und-x-icu"`, for ORDER BY on a name or a label. */
export function inFrenchOrder(column: SQL): SQL {
  return sql`${column} COLLATE "und-x-icu"`;
}
