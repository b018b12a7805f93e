// The fibre rollout year by year, measured at the data's as-of date (issue #9): the premises of
// the zones planned for each year (deployed or not, so that past years compare planned against
// deployed), those deployed that year, and those planned for a year already over and still not
// deployed (overdue).
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';

export interface RolloutYear {
  year: number;
  /** Premises of every zone planned for the year. */
  plannedPremises: number;
  /** Premises of the zones deployed during the year, up to the as-of date. */
  deployedPremises: number;
  /** Premises planned for the year, a year before the as-of date's, not deployed by then. */
  overduePremises: number;
}

export async function rolloutByYear(db: Database, commune?: string): Promise<RolloutYear[]> {
  const inCommune = commune ? sql`z.commune_insee = ${commune}` : sql`true`;
  return db.rows<RolloutYear & Record<string, unknown>>(sql`
    WITH zones AS (
      SELECT z.planned_year, z.premises_passed,
             extract(year FROM d.deployed_on)::int AS deployed_year
      FROM fibre_zones z LEFT JOIN deployed_fibre_zones d ON d.id = z.id
      WHERE ${inCommune}
    ),
    span AS (
      SELECT generate_series(min(year), max(year)) AS year
      FROM (SELECT planned_year AS year FROM zones UNION ALL SELECT deployed_year FROM zones) y
    )
    SELECT s.year::int AS year,
      coalesce((SELECT sum(premises_passed) FROM zones WHERE planned_year = s.year), 0)::int AS "plannedPremises",
      coalesce((SELECT sum(premises_passed) FROM zones WHERE deployed_year = s.year), 0)::int AS "deployedPremises",
      coalesce((SELECT sum(premises_passed) FROM zones
                WHERE planned_year = s.year AND deployed_year IS NULL
                  AND s.year < extract(year FROM dataset_as_of())), 0)::int AS "overduePremises"
    FROM span s
    ORDER BY s.year`);
}
