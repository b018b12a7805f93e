// Communes: the list with key counts per layer, one commune with its geometry.
import { sql } from 'drizzle-orm';
import { inFrenchOrder } from '../../db/collation.ts';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import { layers } from '../layers/catalogue.ts';

/** Throws a 404 naming the commune when no commune has this INSEE code. */
export async function requireCommune(db: Database, insee: string): Promise<void> {
  const rows = await db.rows(sql`SELECT 1 FROM communes WHERE insee = ${insee}`);
  if (rows.length === 0) throw httpError(404, `no commune with INSEE code ${insee}`, 'commune');
}

const countedLayers = layers.filter((l) => l.table !== 'communes');

/** Per-commune feature counts of every layer, as one json object column `counts`. */
const countsSql = sql.join(
  countedLayers.map(
    (l) =>
      sql`${l.id}::text, (SELECT count(*) FROM ${sql.identifier(l.table)} x WHERE x.commune_insee = c.insee)::int`,
  ),
  sql`, `,
);

const communeColumns = sql`
  c.insee, c.name, c.province::text AS province, c.postal_code AS "postalCode",
  c.population_2019 AS "population2019", c.boundary_source::text AS "boundarySource",
  json_build_array(round(ST_X(c.town)::numeric, 6), round(ST_Y(c.town)::numeric, 6)) AS town,
  json_build_array(round(ST_XMin(c.geom)::numeric, 5), round(ST_YMin(c.geom)::numeric, 5),
                   round(ST_XMax(c.geom)::numeric, 5), round(ST_YMax(c.geom)::numeric, 5)) AS bbox,
  json_build_object(${countsSql}) AS counts`;

export interface CommuneSummary {
  insee: string;
  name: string;
  province: string;
  postalCode: string;
  population2019: number;
  boundarySource: string;
  town: [number, number];
  bbox: [number, number, number, number];
  counts: Record<string, number>;
}

export async function communeSummaries(db: Database): Promise<CommuneSummary[]> {
  return db.rows<CommuneSummary & Record<string, unknown>>(
    sql`SELECT ${communeColumns} FROM communes c ORDER BY ${inFrenchOrder(sql`c.name`)}, c.insee`,
  );
}

/** One commune as a GeoJSON Feature text, or undefined. */
export async function communeFeature(db: Database, insee: string): Promise<string | undefined> {
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object('type', 'Feature', 'id', s.insee,
             'geometry', ST_AsGeoJSON(c.geom, 6)::json,
             'properties', to_json(s))::text AS body
    FROM communes c, LATERAL (SELECT ${communeColumns}) s
    WHERE c.insee = ${insee}`);
  return rows[0]?.body;
}
