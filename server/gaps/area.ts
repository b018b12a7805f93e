// Figures for an area a planner draws (a polygon) or picks (a centre and a radius), from the
// same place_coverage view as the gaps. A circle is a distance test on the sphere, as turf does.
import { sql, type SQL } from 'drizzle-orm';
import type { Polygon } from 'geojson';
import type { Database } from '../../db/connection.ts';

export type AreaQuery = { polygon: Polygon } | { center: [number, number]; radiusM: number };

interface CoveredFigures {
  population: number;
  share: number;
  schools: number;
}
export interface AreaFigures {
  areaKm2: number;
  population: number;
  settlements: number;
  tribus: number;
  schools: number;
  pupils: number;
  covered: { fibre: CoveredFigures; g4: CoveredFigures; mobile: CoveredFigures };
}

function areaSql(query: AreaQuery): { inside: SQL; areaKm2: SQL } {
  if ('polygon' in query) {
    const shape = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(query.polygon)}), 4326)`;
    return { inside: sql`ST_Intersects(${shape}, p.geom)`, areaKm2: sql`ST_Area(${shape}::geography) / 1e6` };
  }
  const [lon, lat] = query.center;
  const centre = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography`;
  return {
    inside: sql`ST_DWithin(p.geom::geography, ${centre}, ${query.radiusM}, false)`,
    areaKm2: sql`pi() * ${query.radiusM}::float8 ^ 2 / 1e6`,
  };
}

/** Throws when PostGIS finds the polygon invalid (self-intersecting, …); the caller answers 400. */
export async function polygonProblem(db: Database, polygon: Polygon): Promise<string | null> {
  const rows = await db.rows<{ reason: string | null }>(sql`
    SELECT CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason
    FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(polygon)}), 4326) AS g) s`);
  return rows[0]?.reason ?? null;
}

export async function areaFigures(db: Database, query: AreaQuery): Promise<AreaFigures> {
  const { inside, areaKm2 } = areaSql(query);
  const covered = (column: string) => {
    const flag = sql.raw(`p.${column}`);
    return sql`json_build_object(
      'population', coalesce(sum(p.inhabitants) FILTER (WHERE ${flag}), 0)::int,
      'share', coalesce(round((sum(p.inhabitants) FILTER (WHERE ${flag}))::numeric
                 / nullif(sum(p.inhabitants), 0), 4), 0)::float8,
      'schools', count(*) FILTER (WHERE p.kind = 'school' AND ${flag})::int)`;
  };
  const rows = await db.rows<AreaFigures & Record<string, unknown>>(sql`
    SELECT round((${areaKm2})::numeric, 3)::float8 AS "areaKm2",
      coalesce(sum(p.inhabitants), 0)::int AS population,
      count(*) FILTER (WHERE p.kind = 'settlement')::int AS settlements,
      count(*) FILTER (WHERE p.category = 'tribu')::int AS tribus,
      count(*) FILTER (WHERE p.kind = 'school')::int AS schools,
      coalesce(sum(p.pupils), 0)::int AS pupils,
      json_build_object('fibre', ${covered('fibre')}, 'g4', ${covered('g4')}, 'mobile', ${covered('mobile')}) AS covered
    FROM place_coverage p
    WHERE ${inside}`);
  const row = rows[0];
  if (!row) throw new Error('area figures: no row');
  return row;
}
