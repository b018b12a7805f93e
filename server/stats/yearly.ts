// The fibre rollout year by year: premises deployed each year (by deployment date) and premises
// still planned for each year (zones not deployed yet, by their planned year).
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';

export interface RolloutYear {
  year: number;
  deployedPremises: number;
  plannedPremises: number;
}

export async function rolloutByYear(db: Database, commune?: string): Promise<RolloutYear[]> {
  const inCommune = commune ? sql`z.commune_insee = ${commune}` : sql`true`;
  return db.rows<RolloutYear & Record<string, unknown>>(sql`
    WITH zones AS (
      SELECT CASE WHEN z.status = 'deployed' THEN extract(year FROM z.deployed_on)::int ELSE z.planned_year END AS year,
             z.status = 'deployed' AS deployed, z.premises_passed
      FROM fibre_zones z WHERE ${inCommune}
    ),
    span AS (
      SELECT generate_series(min(year), max(year)) AS year FROM (SELECT year FROM zones) y
    )
    SELECT s.year::int AS year,
      coalesce(sum(z.premises_passed) FILTER (WHERE z.deployed), 0)::int AS "deployedPremises",
      coalesce(sum(z.premises_passed) FILTER (WHERE NOT z.deployed), 0)::int AS "plannedPremises"
    FROM span s LEFT JOIN zones z ON z.year = s.year
    GROUP BY s.year ORDER BY s.year`);
}
