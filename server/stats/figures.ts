// Key figures per commune, province and for the territory: coverage shares of the inhabitants
// (from place_coverage, the definitions of migration 0007), fibre premises passed (deployed
// zones), active Wi-Fi terminals, PO boxes per 1,000 inhabitants, schools by connection.
// Provinces add up their communes: Poya, which straddles Nord and Sud, counts whole in Nord.
import { sql, type SQL } from 'drizzle-orm';
import { inFrenchOrder } from '../../db/collation.ts';
import type { Database } from '../../db/connection.ts';
import { schoolConnection } from '../../db/schema.ts';

interface Covered {
  covered: number;
  share: number;
}
export interface Figures {
  population: number;
  fibre: Covered;
  g4: Covered;
  mobile: Covered;
  premisesPassed: number;
  wifiTerminalsActive: number;
  poBoxes: number;
  poBoxesPer1000: number;
  schoolsByConnection: Record<(typeof schoolConnection.enumValues)[number], number>;
}
export interface CommuneFigures extends Figures {
  insee: string;
  name: string;
  province: string;
}
/** A province by its code (SUD, NORD, ILES); its name is the client's to say, in its language. */
export interface ProvinceFigures extends Figures {
  code: string;
}

/** One row of raw counts per commune; every figure is a sum of these, so levels agree. */
const perCommune = sql`
  SELECT c.insee, c.name, c.province::text AS province,
    (SELECT coalesce(sum(p.inhabitants), 0) FROM place_coverage p WHERE p.commune_insee = c.insee) AS population,
    (SELECT coalesce(sum(p.inhabitants), 0) FROM place_coverage p WHERE p.commune_insee = c.insee AND p.fibre) AS fibre,
    (SELECT coalesce(sum(p.inhabitants), 0) FROM place_coverage p WHERE p.commune_insee = c.insee AND p.g4) AS g4,
    (SELECT coalesce(sum(p.inhabitants), 0) FROM place_coverage p WHERE p.commune_insee = c.insee AND p.mobile) AS mobile,
    (SELECT coalesce(sum(z.premises_passed), 0) FROM deployed_fibre_zones z WHERE z.commune_insee = c.insee) AS premises,
    (SELECT count(*) FROM wifi_terminals w WHERE w.commune_insee = c.insee AND w.status = 'active') AS wifi,
    (SELECT coalesce(sum(b.boxes), 0) FROM po_box_blocks b WHERE b.commune_insee = c.insee AND b.status = 'installed') AS boxes,
    ${sql.join(
      schoolConnection.enumValues.map(
        (value) =>
          sql`(SELECT count(*) FROM schools s WHERE s.commune_insee = c.insee AND s.connection = ${value}) AS ${sql.identifier(`school_${value}`)}`,
      ),
      sql`, `,
    )}
  FROM communes c`;

/** The figures of a group of communes, as SQL aggregates over `perCommune` rows aliased `r`. */
const figuresSql = sql`
  sum(r.population)::int AS population,
  json_build_object('covered', sum(r.fibre)::int, 'share', coalesce(round(sum(r.fibre)::numeric / nullif(sum(r.population), 0), 4), 0)::float8) AS fibre,
  json_build_object('covered', sum(r.g4)::int, 'share', coalesce(round(sum(r.g4)::numeric / nullif(sum(r.population), 0), 4), 0)::float8) AS g4,
  json_build_object('covered', sum(r.mobile)::int, 'share', coalesce(round(sum(r.mobile)::numeric / nullif(sum(r.population), 0), 4), 0)::float8) AS mobile,
  sum(r.premises)::int AS "premisesPassed",
  sum(r.wifi)::int AS "wifiTerminalsActive",
  sum(r.boxes)::int AS "poBoxes",
  coalesce(round(sum(r.boxes)::numeric * 1000 / nullif(sum(r.population), 0), 1), 0)::float8 AS "poBoxesPer1000",
  json_build_object(${sql.join(
    schoolConnection.enumValues.map(
      (value) => sql`${value}::text, sum(r.${sql.identifier(`school_${value}`)})::int`,
    ),
    sql`, `,
  )}) AS "schoolsByConnection"`;

export async function communeFigures(db: Database, insee?: string): Promise<CommuneFigures[]> {
  const where: SQL = insee ? sql`WHERE r.insee = ${insee}` : sql``;
  return db.rows<CommuneFigures & Record<string, unknown>>(sql`
    SELECT r.insee, r.name, r.province, ${figuresSql}
    FROM (${perCommune}) r ${where}
    GROUP BY r.insee, r.name, r.province
    ORDER BY ${inFrenchOrder(sql`r.name`)}, r.insee`);
}

export async function provinceFigures(db: Database): Promise<ProvinceFigures[]> {
  return db.rows<ProvinceFigures & Record<string, unknown>>(sql`
    SELECT r.province AS code, ${figuresSql}
    FROM (${perCommune}) r
    GROUP BY r.province
    ORDER BY r.province::province_code`);
}

export async function territoryFigures(db: Database): Promise<Figures> {
  const rows = await db.rows<Figures & Record<string, unknown>>(
    sql`SELECT ${figuresSql} FROM (${perCommune}) r`,
  );
  const row = rows[0];
  if (!row) throw new Error('territory figures: no row');
  return row;
}
