// Works that could share a trench (issue #4): pairs of a commune's open projects whose geometries
// come within a distance of each other, on the ground, while what remains of their periods from
// the data's as-of date on overlaps (issue #9: never a window that is already over).
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';

export const DEFAULT_COORDINATION_DISTANCE_M = 50;

interface PairSide {
  id: number;
  title: string;
  kind: string;
  organisation: string;
  status: string;
}
export interface CoordinationPair {
  a: PairSide;
  b: PairSide;
  distanceM: number;
  sharedPeriod: { start: string; end: string };
}

export async function coordinationPairs(
  db: Database,
  insee: string,
  distanceM: number,
): Promise<CoordinationPair[]> {
  return db.rows<CoordinationPair & Record<string, unknown>>(sql`
    WITH open AS (
      SELECT p.id, p.title, p.kind::text AS kind, p.organisation, p.status::text AS status, p.geom,
             project_remaining_period(p) AS period
      FROM projects p
      WHERE p.commune_insee = ${insee} AND p.status NOT IN ('done', 'cancelled')
    ),
    pairs AS (
      SELECT a.*, b.id AS b_id, b.title AS b_title, b.kind AS b_kind, b.organisation AS b_organisation,
             b.status AS b_status, a.period * b.period AS shared,
             ST_Distance(a.geom::geography, b.geom::geography) AS metres
      FROM open a JOIN open b ON a.id < b.id
       AND a.period && b.period
       AND ST_DWithin(a.geom::geography, b.geom::geography, ${distanceM})
    )
    SELECT json_build_object('id', id, 'title', title, 'kind', kind, 'organisation', organisation, 'status', status) AS a,
           json_build_object('id', b_id, 'title', b_title, 'kind', b_kind, 'organisation', b_organisation, 'status', b_status) AS b,
           round(metres)::int AS "distanceM",
           json_build_object('start', to_char(lower(shared), 'YYYY-MM-DD'),
                             'end', to_char(upper(shared) - 1, 'YYYY-MM-DD')) AS "sharedPeriod"
    FROM pairs
    ORDER BY metres, id, b_id`);
}
