// Compiled filters run on a real PostGIS (the seeded sample, on every test backend) and must
// select exactly the Wi-Fi terminals that hand-written SQL selects: the SQL is not only well
// formed but means what the filter says.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { openTestDatabase, testBackends, type TestDatabase } from '../../../tests/support/databases.ts';
import { compileCql2, type CompileOptions } from './compile.ts';
import type { Queryables } from './queryables.ts';
import { parseCql2Json } from './json-parser.ts';
import { parseCql2Text } from './text-parser.ts';

const queryables: Queryables = {
  id: { type: 'integer', column: 'id' },
  site_name: { type: 'string', column: 'site_name' },
  status: { type: 'string', column: 'status', enumValues: ['active', 'maintenance', 'planned'] },
  opening_hours: { type: 'string', column: 'opening_hours' },
  in_service_since: { type: 'date', column: 'in_service_since' },
  commune_insee: { type: 'string', column: 'commune_insee' },
  updated_at: { type: 'timestamp', column: 'updated_at' },
  geometry: { type: 'geometry', column: 'geom' },
};

/**
 * CQL2 filter → the hand-written WHERE clause that must select the same rows, and whether that
 * is every terminal (otherwise it must be some but not all, so that the counts tell filters apart).
 */
const cases: [filter: string, handWritten: SQL, options?: CompileOptions & { all?: true }][] = [
  ["status = 'active'", sql`status = 'active'`],
  ["status <> 'planned' AND commune_insee = '98818'", sql`status <> 'planned' AND commune_insee = '98818'`],
  ['in_service_since IS NULL', sql`status = 'planned'`],
  ["in_service_since >= DATE('2020-01-01')", sql`in_service_since >= '2020-01-01'`],
  ["CASEI(site_name) LIKE CASEI('%MAISON COMMUNE%')", sql`site_name ILIKE '%maison commune%'`],
  ["site_name NOT LIKE 'Place%'", sql`site_name NOT LIKE 'Place%'`],
  ["opening_hours IN ('24/7', '07:00–19:00')", sql`opening_hours = '24/7' OR opening_hours = '07:00–19:00'`],
  ['id BETWEEN 10 AND 30 OR NOT id > 3', sql`(id >= 10 AND id <= 30) OR id <= 3`],
  [
    "NOT (status = 'active' OR status = 'maintenance') AND opening_hours = '24/7'",
    sql`status = 'planned' AND opening_hours = '24/7'`,
  ],
  ["updated_at < TIMESTAMP('2100-01-01T00:00:00Z')", sql`TRUE`, { all: true }],
  // Greater Nouméa, as a box and as a triangle of WKT.
  [
    'S_INTERSECTS(geometry, BBOX(166.3, -22.4, 166.6, -22.1))',
    sql`ST_X(geom) BETWEEN 166.3 AND 166.6 AND ST_Y(geom) BETWEEN -22.4 AND -22.1`,
  ],
  [
    'S_INTERSECTS(geometry, POLYGON((166 -23, 168 -23, 166 -21, 166 -23)))',
    sql`ST_X(geom) >= 166 AND ST_Y(geom) >= -23 AND ST_X(geom) + ST_Y(geom) <= 145`,
  ],
  // A box from 167°E eastwards across the antimeridian to 160°E: the east of the territory
  // (read as an ordinary box from 160°E to 167°E, it would select the west instead).
  ['S_INTERSECTS(geometry, BBOX(167, -24, 160, -17))', sql`ST_X(geom) >= 167`],
  // The same box as above, given in NC Lambert 93 (EPSG:3163) through filter-crs.
  [
    'S_INTERSECTS(geometry, BBOX(440000, 200000, 470000, 240000))',
    sql`ST_Intersects(ST_Transform(geom, 3163), ST_MakeEnvelope(440000, 200000, 470000, 240000, 3163))`,
    { filterCrsSrid: 3163 },
  ],
];

for (const backend of testBackends()) {
  describe(`compiled CQL2 filters on the seeded Wi-Fi terminals (${backend})`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(backend);
    });
    after(async () => db?.dispose());

    const count = async (where: SQL) =>
      (await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals WHERE ${where}`))[0]?.n;

    for (const [filter, handWritten, options] of cases) {
      test(filter, async () => {
        const [expected, total] = [await count(handWritten), await count(sql`TRUE`)];
        assert.ok(expected !== undefined && expected > 0, 'the hand-written SQL selects some terminals');
        if (options?.all) assert.equal(expected, total, 'the hand-written SQL selects every terminal');
        else assert.ok(expected < (total ?? 0), 'the hand-written SQL leaves some terminals out');
        assert.equal(await count(compileCql2(parseCql2Text(filter), queryables, options)), expected);
      });
    }

    test('a GeoJSON geometry collection from CQL2-JSON', async () => {
      const filter = parseCql2Json({
        op: 's_intersects',
        args: [
          { property: 'geometry' },
          {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'Polygon',
                coordinates: [
                  [
                    [166.3, -22.4],
                    [166.6, -22.4],
                    [166.6, -22.1],
                    [166.3, -22.1],
                    [166.3, -22.4],
                  ],
                ],
              },
              {
                type: 'LineString',
                coordinates: [
                  [0, 0],
                  [1, 1],
                ],
              },
            ],
          },
        ],
      });
      const expected = await count(
        sql`ST_X(geom) BETWEEN 166.3 AND 166.6 AND ST_Y(geom) BETWEEN -22.4 AND -22.1`,
      );
      assert.equal(await count(compileCql2(filter, queryables)), expected);
    });

    test('CASEI folds accented capitals as the database compares them', async () => {
      const [row] = await db.rows<{ site_name: string }>(
        sql`SELECT site_name FROM wifi_terminals WHERE site_name LIKE 'Médiathèque%' LIMIT 1`,
      );
      assert.ok(row, 'the sample has a Médiathèque');
      const filter = parseCql2Text(
        `CASEI(site_name) = CASEI('${row.site_name.toUpperCase().replaceAll("'", "''")}')`,
      );
      assert.ok(((await count(compileCql2(filter, queryables))) ?? 0) >= 1);
    });
  });
}
