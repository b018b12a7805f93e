// The official commune boundaries replace the approximate ones (issue 11, items 1 and 7), on both
// backends: a boundary file of our own making in EPSG:3163, with names and no codes ("Le
// Mont-Dore", "L'Île-des-Pins"), a ring crossing itself, a boundary matching nothing and two
// matching one commune. The dry run says so and writes nothing; the commit replaces what matched,
// moves a terminal whose place changed commune, and every derived figure follows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn } from '../../tests/support/sign-in.ts';
import { postImport } from '../../tests/support/imports.ts';

for (const backend of testBackends()) {
  describe(`commune boundaries imported (${backend})`, () => {
    const api = useApi(backend);

    test('matched on names, repaired, reported; the commit makes them official and the figures follow', async () => {
      const planner = await signedIn(api, 'sig@example.nc', 'planner');
      // A terminal of Nouméa whose surroundings the new boundaries give to Dumbéa.
      const [moved] = await api.db.rows<{ id: number }>(
        sql`SELECT id FROM wifi_terminals WHERE commune_insee = '98818' ORDER BY id LIMIT 1`,
      );
      assert.ok(moved);
      const rows = await api.db.rows<{ insee: string; name: string; geometry: unknown }>(
        sql`WITH piece AS (
              SELECT ST_Intersection(c.geom, ST_Buffer(t.geom::geography, 300)::geometry) AS g
              FROM wifi_terminals t JOIN communes c ON c.insee = t.commune_insee WHERE t.id = ${moved.id})
            SELECT c.insee, c.name,
                   ST_AsGeoJSON(ST_Transform(CASE c.insee
                     WHEN '98818' THEN ST_Difference(c.geom, (SELECT g FROM piece))
                     WHEN '98805' THEN ST_Union(c.geom, (SELECT g FROM piece))
                     ELSE c.geom END, 3163), 2)::json AS geometry
            FROM communes c ORDER BY c.insee`,
      );
      const names: Record<string, string> = { 'Mont-Dore': 'Le Mont-Dore', 'Île des Pins': "L'Île-des-Pins" };
      const features = rows.map((r) => {
        const geometry = r.geometry as { type: string; coordinates: number[][][][] };
        if (r.name === 'Koné') {
          // A ring crossing itself: a bow-tie added inside the commune's first ring.
          const [x = 0, y = 0] = geometry.coordinates[0]![0]![0]!;
          const d = 50;
          geometry.coordinates.push([
            [
              [x, y],
              [x + d, y + d],
              [x + d, y],
              [x, y + d],
              [x, y],
            ],
          ]);
        }
        return { type: 'Feature', properties: { NOM: names[r.name] ?? r.name.toUpperCase() }, geometry };
      });
      const dumbea = features.find((f) => f.properties.NOM === 'DUMBÉA')!;
      features.push({ ...dumbea, properties: { NOM: 'Dumbéa' } }); // twice
      features.push({ ...dumbea, properties: { NOM: 'Atlantis' } }); // matches nothing
      const file = new TextEncoder().encode(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3163' } },
          features,
        }),
      );
      const before = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM communes WHERE boundary_source = 'official'`,
      );
      assert.equal(before[0]?.n, 0);

      const dry = await postImport(api, planner, 'communes-officielles.geojson', file, {
        target: 'communes',
      });
      assert.equal(dry.status, 200, JSON.stringify(dry.body).slice(0, 500));
      assert.equal(dry.body.counts.read, 35);
      assert.equal(dry.body.counts.updated, 32, 'every commune but Dumbéa, given twice');
      assert.equal(dry.body.counts.rejected, 3);
      assert.equal(dry.body.counts.repaired, 1);
      const reasons = dry.body.rejected.map((r) => r.reason).join(' | ');
      assert.match(reasons, /2 boundaries of the file match Dumbéa \(98805\)/);
      assert.match(reasons, /matches no commune \(name Atlantis\)/);
      assert.match(dry.body.repaired[0]!.reason, /Self-intersection|Ring Self-intersection/i);
      const still = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM communes WHERE boundary_source = 'official'`,
      );
      assert.equal(still[0]?.n, 0, 'a dry run writes nothing');

      // Without the duplicate, the commit replaces every boundary.
      const clean = new TextEncoder().encode(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3163' } },
          features: features.slice(0, 33),
        }),
      );
      const done = await postImport(api, planner, 'communes-officielles.geojson', clean, {
        target: 'communes',
        dryRun: false,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body).slice(0, 500));
      assert.equal(done.body.counts.updated, 33);
      const official = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM communes WHERE boundary_source = 'official'`,
      );
      assert.equal(official[0]?.n, 33);
      const [terminal] = await api.db.rows<{ commune_insee: string }>(
        sql`SELECT commune_insee FROM wifi_terminals WHERE id = ${moved.id}`,
      );
      assert.equal(terminal?.commune_insee, '98805', 'the terminal is now in Dumbéa');
      const communes = (await (await api.request('/api/communes')).json()) as {
        communes?: { insee: string; boundarySource: string }[];
      };
      const list = communes.communes ?? (communes as unknown as { insee: string; boundarySource: string }[]);
      assert.ok(
        list.every((c) => c.boundarySource === 'official'),
        'the API says the boundaries are official',
      );
      const drift = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM (
              (SELECT * FROM place_coverage EXCEPT SELECT * FROM place_coverage_measured)
              UNION ALL (SELECT * FROM place_coverage_measured EXCEPT SELECT * FROM place_coverage)) d`,
      );
      assert.equal(drift[0]?.n, 0, 'the place coverage is recomputed on the new boundaries');
    });
  });
}
