// The sample as PostGIS sees it: every geometry valid for ST_IsValid, of its column's type and
// inside the extent the schema's checks demand; communes disjoint and points within their
// commune by GEOS, not only by turf. Uses TEST_DATABASE_URL when set, else embedded PGlite.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Geometry } from 'geojson';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/connection.ts';
import { NC_EXTENT } from '../db/geometry.ts';
import { defaultSample } from './sample-fixture.ts';

const sample = defaultSample();
let db: Database;

before(async () => {
  db = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory://' });
  await db.rows(sql`CREATE EXTENSION IF NOT EXISTS postgis`);
});
after(async () => db?.close());

interface Problem extends Record<string, unknown> {
  i: number;
  type: string;
  reason: string;
  inside: boolean;
}

/** Rows (1-based) whose geometry PostGIS rejects, with the reason. */
async function problems(geoms: readonly Geometry[], expectedType: string): Promise<Problem[]> {
  const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
  const rows = await db.rows<Problem>(sql`
    WITH g AS (
      SELECT ord::int AS i, ST_SetSRID(ST_GeomFromGeoJSON(j), 4326) AS geom
      FROM json_array_elements_text(${JSON.stringify(geoms.map((x) => JSON.stringify(x)))}::json)
        WITH ORDINALITY AS t(j, ord)
    )
    SELECT i, GeometryType(geom) AS type, ST_IsValidReason(geom) AS reason,
           ST_Within(geom, ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)) AS inside
    FROM g
    WHERE NOT ST_IsValid(geom) OR GeometryType(geom) <> ${expectedType}
       OR NOT ST_Within(geom, ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326))
  `);
  // postgres.js answers with an Array subclass: copy into plain values for deepEqual.
  return rows.map((r) => ({ ...r }));
}

const layers = [
  ['communes', 'MULTIPOLYGON', sample.communes.map((r) => r.geom)],
  ['commune towns', 'POINT', sample.communes.map((r) => r.town)],
  ['settlements', 'POINT', sample.settlements.map((r) => r.geom)],
  ['fibre zones', 'MULTIPOLYGON', sample.fibreZones.map((r) => r.geom)],
  ['fibre cables', 'LINESTRING', sample.fibreCables.map((r) => r.geom)],
  ['mobile sites', 'POINT', sample.mobileSites.map((r) => r.geom)],
  ['PO box blocks', 'POINT', sample.poBoxBlocks.map((r) => r.geom)],
  ['Wi-Fi terminals', 'POINT', sample.wifiTerminals.map((r) => r.geom)],
  ['schools', 'POINT', sample.schools.map((r) => r.geom)],
] as const;

for (const [layer, type, geoms] of layers) {
  test(`${layer}: valid ${type}s inside the extent, for PostGIS`, async () => {
    assert.deepEqual(await problems(geoms, type), []);
  });
}

test('PostGIS finds the communes disjoint and every point within its own commune', async () => {
  const communes = JSON.stringify(
    sample.communes.map((c) => ({ insee: c.insee, g: JSON.stringify(c.geom) })),
  );
  const points = JSON.stringify(
    [sample.settlements, sample.mobileSites, sample.poBoxBlocks, sample.wifiTerminals, sample.schools]
      .flat()
      .map((r) => ({ insee: r.communeInsee, g: JSON.stringify(r.geom) })),
  );
  const rows = await db.rows<{ overlaps: number; misplaced: number }>(sql`
    WITH c AS (
      SELECT x->>'insee' AS insee, ST_SetSRID(ST_GeomFromGeoJSON(x->>'g'), 4326) AS geom
      FROM json_array_elements(${communes}::json) AS x
    ), p AS (
      SELECT x->>'insee' AS insee, ST_SetSRID(ST_GeomFromGeoJSON(x->>'g'), 4326) AS geom
      FROM json_array_elements(${points}::json) AS x
    )
    SELECT
      (SELECT count(*)::int FROM c a JOIN c b ON a.insee < b.insee AND ST_Intersects(a.geom, b.geom)
        WHERE ST_Area(ST_Intersection(a.geom, b.geom)) > 1e-10) AS overlaps,
      (SELECT count(*)::int FROM p JOIN c USING (insee) WHERE NOT ST_Within(p.geom, c.geom)) AS misplaced
  `);
  assert.deepEqual(
    rows.map((r) => ({ ...r })),
    [{ overlaps: 0, misplaced: 0 }],
  );
});
