// Coverage gaps from the place_coverage view: totals that always add up, and the uncovered places
// ranked among their own kind, settlements by inhabitants and schools by pupils (never one count
// for both), then by distance to the network.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { coveredColumn, distanceColumn, type Technology } from './technology.ts';

export interface Tally {
  total: number;
  covered: number;
  uncovered: number;
}
export interface GapTotals {
  population: Tally;
  settlements: Tally;
  tribus: Tally;
  schools: Tally;
  pupils: Tally;
}
export interface RankedGap {
  /** Rank among the uncovered places of the same kind: 1 is the settlement with most inhabitants, or the school with most pupils. */
  rank: number;
  kind: 'settlement' | 'school';
  id: number;
  name: string;
  category: string;
  communeInsee: string;
  communeName: string;
  /** Residents of a settlement; null for a school. */
  inhabitants: number | null;
  /** Pupils of a school; null for a settlement. */
  pupils: number | null;
  distanceFibreM: number | null;
  distance4gM: number | null;
  distanceMobileM: number | null;
  /** To the network of the technology asked about. */
  distanceM: number | null;
  lon: number;
  lat: number;
}

const inCommune = (commune: string | undefined): SQL =>
  commune ? sql`p.commune_insee = ${commune}` : sql`true`;

export async function gapTotals(db: Database, technology: Technology, commune?: string): Promise<GapTotals> {
  const covered = sql.raw(`p.${coveredColumn[technology]}`);
  const rows = await db.rows<Record<string, number>>(sql`
    SELECT
      coalesce(sum(p.inhabitants), 0)::int AS population_total,
      coalesce(sum(p.inhabitants) FILTER (WHERE ${covered}), 0)::int AS population_covered,
      count(*) FILTER (WHERE p.kind = 'settlement')::int AS settlements_total,
      count(*) FILTER (WHERE p.kind = 'settlement' AND ${covered})::int AS settlements_covered,
      count(*) FILTER (WHERE p.category = 'tribu')::int AS tribus_total,
      count(*) FILTER (WHERE p.category = 'tribu' AND ${covered})::int AS tribus_covered,
      count(*) FILTER (WHERE p.kind = 'school')::int AS schools_total,
      count(*) FILTER (WHERE p.kind = 'school' AND ${covered})::int AS schools_covered,
      coalesce(sum(p.pupils), 0)::int AS pupils_total,
      coalesce(sum(p.pupils) FILTER (WHERE ${covered}), 0)::int AS pupils_covered
    FROM place_coverage p
    WHERE ${inCommune(commune)}`);
  const r = rows[0] ?? {};
  const tally = (name: string): Tally => {
    const total = Number(r[`${name}_total`] ?? 0);
    const coveredCount = Number(r[`${name}_covered`] ?? 0);
    return { total, covered: coveredCount, uncovered: total - coveredCount };
  };
  return {
    population: tally('population'),
    settlements: tally('settlements'),
    tribus: tally('tribus'),
    schools: tally('schools'),
    pupils: tally('pupils'),
  };
}

export async function rankedGaps(
  db: Database,
  technology: Technology,
  options: { commune?: string | undefined; limit?: number | undefined } = {},
): Promise<RankedGap[]> {
  const covered = sql.raw(`p.${coveredColumn[technology]}`);
  const distance = sql.raw(`p.${distanceColumn[technology]}`);
  const limit = options.limit === undefined ? sql`` : sql`LIMIT ${options.limit}`;
  // Each place is ranked among its own kind; the list then alternates the kinds rank by rank
  // (settlement 1, school 1, settlement 2, …), so that any `limit` keeps the worst of both.
  return db.rows<RankedGap & Record<string, unknown>>(sql`
    SELECT * FROM (
      SELECT row_number() OVER (PARTITION BY p.kind
               ORDER BY coalesce(p.inhabitants, p.pupils) DESC, ${distance} ASC NULLS LAST, p.id)::int AS rank,
             p.kind, p.id, p.name, p.category, p.commune_insee AS "communeInsee", c.name AS "communeName",
             p.inhabitants, p.pupils, p.distance_fibre_m AS "distanceFibreM", p.distance_4g_m AS "distance4gM",
             p.distance_mobile_m AS "distanceMobileM", ${distance} AS "distanceM",
             round(ST_X(p.geom)::numeric, 6)::float8 AS lon, round(ST_Y(p.geom)::numeric, 6)::float8 AS lat
      FROM place_coverage p JOIN communes c ON c.insee = p.commune_insee
      WHERE NOT ${covered} AND ${inCommune(options.commune)}
    ) r
    ORDER BY r.rank, r.kind DESC
    ${limit}`);
}

/** Every settlement and school with its coverage flags and distances, as GeoJSON text. */
export async function placesFeatureCollection(db: Database, commune?: string): Promise<string> {
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', p.kind || '-' || p.id,
      'geometry', ST_AsGeoJSON(p.geom, 6)::json,
      'properties', json_build_object(
        'kind', p.kind, 'id', p.id, 'name', p.name, 'category', p.category,
        'communeInsee', p.commune_insee, 'inhabitants', p.inhabitants, 'pupils', p.pupils,
        'fibre', p.fibre, 'g4', p.g4, 'mobile', p.mobile,
        'distanceFibreM', p.distance_fibre_m, 'distance4gM', p.distance_4g_m,
        'distanceMobileM', p.distance_mobile_m)
    ) ORDER BY p.kind, p.id), '[]'::json))::text AS body
    FROM place_coverage p
    WHERE ${inCommune(commune)}`);
  return rows[0]?.body ?? '{"type":"FeatureCollection","features":[]}';
}
