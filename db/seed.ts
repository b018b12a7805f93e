// Loads a SampleData set into the database in one transaction: everything is replaced, or
// nothing is. Provinces and mobile coverage are derived here, in PostGIS.
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { SampleData } from '../geodata/sample-data.ts';
import { refreshAnalysis } from './analysis.ts';
import type { Database, Executor, Orm } from './connection.ts';
import * as schema from './schema.ts';

/** Coverage radius of an on-air site per technology, in metres: 'good' inside, 'fair' around it. */
export const COVERAGE_RADII_M = {
  '2g': { good: 4_000, fair: 9_000 },
  '3g': { good: 3_000, fair: 7_000 },
  '4g': { good: 2_500, fair: 6_000 },
  '5g': { good: 500, fair: 1_200 },
} as const;

type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];

async function insertChunked<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][], source: string) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, source }));
    if (chunk.length > 0) await tx.insert(table).values(chunk as never);
  }
}

async function insertProvinces(tx: Executor, data: SampleData) {
  const communes = JSON.stringify(
    data.communes.map((c) => ({ province: c.province, geom: JSON.stringify(c.geom) })),
  );
  const provinces = JSON.stringify(data.provinces);
  await tx.execute(sql`
    INSERT INTO provinces (code, name, population_2019, geom)
    SELECT p.code::province_code, p.name, p."population2019",
           ST_Multi(ST_CollectionExtract(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON(x.geom), 4326)), 3))
    FROM json_to_recordset(${provinces}::json) AS p(code text, name text, "population2019" int)
    JOIN json_to_recordset(${communes}::json) AS x(province text, geom text) ON x.province = p.code
    GROUP BY p.code, p.name, p."population2019"`);
}

/** Coverage bands per commune, technology and level, from the on-air sites' buffers. */
async function deriveCoverage(tx: Executor, source: string) {
  const radii = sql.join(
    Object.entries(COVERAGE_RADII_M).map(
      ([tech, r]) => sql`(${tech}::mobile_technology, ${r.good}::float8, ${r.fair}::float8)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    INSERT INTO mobile_coverage (commune_insee, technology, level, geom, source)
    WITH radii(technology, good_m, fair_m) AS (VALUES ${radii}),
    site_tech AS (
      SELECT unnest(technologies) AS technology, geom::geography AS g FROM mobile_sites WHERE status = 'on-air'
    ),
    areas AS (
      SELECT r.technology,
             ST_Union(ST_Buffer(s.g, r.good_m, 'quad_segs=6')::geometry) AS good,
             ST_Union(ST_Buffer(s.g, r.fair_m, 'quad_segs=6')::geometry) AS fair
      FROM site_tech s JOIN radii r USING (technology)
      GROUP BY r.technology
    ),
    bands AS (
      SELECT technology, 'good'::coverage_level AS level, good AS geom FROM areas
      UNION ALL
      SELECT technology, 'fair'::coverage_level, ST_Difference(fair, good) FROM areas
    ),
    clipped AS (
      SELECT c.insee, b.technology, b.level,
             ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(c.geom, b.geom)), 3)) AS geom
      FROM bands b JOIN communes c ON ST_Intersects(c.geom, b.geom)
    )
    SELECT insee, technology, level, geom, ${source} FROM clipped WHERE NOT ST_IsEmpty(geom)`);
}

export async function seedDatabase(db: Database, data: SampleData, source = 'sample'): Promise<void> {
  await db.orm.transaction(async (tx) => {
    // Loading is no request: the server's per-request statement_timeout does not apply to it.
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    // Loading the sample is not an edit: the history triggers skip it (migration 0010).
    await tx.execute(sql`SELECT set_config('app.via', 'seed', true)`);
    await tx.execute(sql`TRUNCATE provinces, communes, settlements, fibre_zones, fibre_cables, mobile_coverage,
      mobile_sites, po_box_blocks, wifi_terminals, schools, projects, feature_history RESTART IDENTITY CASCADE`);
    // The day the data stands at: lateness and the rollout are measured against it.
    await tx.execute(sql`UPDATE dataset SET as_of = ${data.asOf}::date, updated_at = now()`);
    await insertProvinces(tx, data);
    await tx.insert(schema.communes).values(data.communes as never);
    await insertChunked(tx, schema.settlements, data.settlements, source);
    await insertChunked(tx, schema.fibreZones, data.fibreZones, source);
    await insertChunked(tx, schema.fibreCables, data.fibreCables, source);
    await insertChunked(tx, schema.mobileSites, data.mobileSites, source);
    await insertChunked(tx, schema.poBoxBlocks, data.poBoxBlocks, source);
    await insertChunked(tx, schema.wifiTerminals, data.wifiTerminals, source);
    await insertChunked(tx, schema.schools, data.schools, source);
    await insertChunked(tx, schema.projects, data.projects, source);
    await deriveCoverage(tx, source);
    await refreshAnalysis(tx);
    await tx.execute(sql`ANALYZE`);
  });
}

/** True when the database holds no communes yet, i.e. it was never seeded. */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM communes`);
  return Number(rows[0]?.n ?? 0) === 0;
}
