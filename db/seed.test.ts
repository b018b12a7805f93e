// The seed is all-or-nothing, and the schema refuses geometries that are invalid or abroad.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { twoCommunes } from '../tests/fixtures/two-communes.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../tests/support/databases.ts';
import { migrate } from './migrate.ts';
import { seedDatabase } from './seed.ts';

/** drizzle wraps the driver's error: the violated constraint is named in its cause. */
const violates = (name: string) => (err: unknown) => {
  const cause = (err as { cause?: { message?: string; constraint?: string; constraint_name?: string } })
    .cause;
  return [cause?.message, cause?.constraint, cause?.constraint_name].some((s) => s?.includes(name));
};

const count = async (db: TestDatabase, table: string) =>
  Number((await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]?.n);

for (const backend of testBackends()) {
  describe(`seed and schema (${backend})`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(backend, 'migrated');
      await seedDatabase(db, twoCommunes());
    });
    after(() => db.dispose());

    test('a seed that fails half-way leaves the previous data whole', async () => {
      const bad = twoCommunes();
      bad.schools.push({
        ...bad.schools[0]!,
        name: 'École de Sydney',
        geom: { type: 'Point', coordinates: [151.2, -33.87] },
      });
      await assert.rejects(seedDatabase(db, bad));
      assert.equal(await count(db, 'schools'), 2);
      assert.equal(await count(db, 'communes'), 2);
      assert.equal(await count(db, 'wifi_terminals'), 3);
    });

    test('a self-intersecting zone is refused by the geometry check', async () => {
      await assert.rejects(
        db.orm
          .execute(sql`INSERT INTO fibre_zones (name, commune_insee, status, planned_year, premises_passed, geom)
          VALUES ('bow-tie', '98818', 'planned', 2030, 1,
            ST_GeomFromText('MULTIPOLYGON(((166.41 -22.29, 166.42 -22.28, 166.42 -22.29, 166.41 -22.28, 166.41 -22.29)))', 4326))`),
        violates('fibre_zones_geom_valid'),
      );
    });

    test('a deployed zone needs its deployment date', async () => {
      await assert.rejects(
        db.orm
          .execute(sql`INSERT INTO fibre_zones (name, commune_insee, status, planned_year, premises_passed, geom)
          VALUES ('no date', '98818', 'deployed', 2020, 1,
            ST_GeomFromText('MULTIPOLYGON(((166.41 -22.29, 166.42 -22.29, 166.42 -22.28, 166.41 -22.29)))', 4326))`),
        violates('fibre_zones_deployed_ck'),
      );
    });

    test('updated_at follows an update, created_at stays', async () => {
      const [before] = await db.rows<{ created: string; updated: string }>(
        sql`SELECT created_at::text AS created, updated_at::text AS updated FROM schools WHERE id = 1`,
      );
      await db.orm.execute(sql`UPDATE schools SET pupils = pupils + 1 WHERE id = 1`);
      const [after] = await db.rows<{ created: string; updated: string }>(
        sql`SELECT created_at::text AS created, updated_at::text AS updated FROM schools WHERE id = 1`,
      );
      assert.equal(after?.created, before?.created);
      assert.notEqual(after?.updated, before?.updated);
    });

    test('migrating again is a no-op', async () => {
      await migrate(db);
      assert.equal(await count(db, 'schools'), 2);
    });
  });
}
