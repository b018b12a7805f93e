// Imports through the API on both backends (issue 11): each format (GeoJSON, CSV, zipped
// Shapefile, GeoPackage) and coordinate system, the proposed and the user's mapping, a dry run that
// writes nothing, a commit that writes it all in the history under its import, updates matched on a
// key (and nothing for features that did not change), repairs, and a round trip: a layer exported
// then imported comes back with the same attributes and within a centimetre.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { importFixture, postImport } from '../../tests/support/imports.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';

const HORS_LIGNE = { status: { 'Hors ligne': 'maintenance' } };

for (const backend of testBackends()) {
  describe(`imports (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    const count = async (table: string) =>
      (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n;
    const imported: Record<string, number> = {};
    const ok = (r: { status: number; body: unknown }) =>
      assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 600));

    test('each format in a dry run: the same five terminals read, the CRS found, four to add and one value to map; nothing written', async () => {
      planner = await signedIn(api, 'import-planner@example.nc', 'planner');
      const before = await count('wifi_terminals');
      const cases: [string, string, object, string][] = [
        ['wifi-terminals-3163.geojson', 'bornes.geojson', {}, 'GeoJSON'],
        ['wifi-terminals.csv', 'bornes.csv', {}, 'CSV'],
        ['wifi-terminals-3163.gpkg', 'bornes.gpkg', {}, 'GPKG'],
        ['wifi-terminals-3163.fgb', 'bornes.fgb', {}, 'FlatGeobuf'],
        // A Shapefile's field names are cut at 10 characters: the user maps them.
        [
          'wifi-terminals-3163-shp.zip',
          'bornes.zip',
          { mapping: { 'Nom du sit': 'siteName', 'Mise en se': 'inServiceSince' } },
          'ESRI Shapefile',
        ],
      ];
      for (const [fixture, name, extra, format] of cases) {
        const dry = await postImport(api, planner, name, importFixture(fixture), {
          target: 'wifi-terminals',
          ...extra,
        });
        ok(dry);
        const r = dry.body;
        assert.equal(r.dryRun, true);
        assert.equal(r.file.format, format, fixture);
        assert.deepEqual(
          r.counts,
          { read: 5, added: 4, updated: 0, unchanged: 0, rejected: 1, repaired: 0 },
          fixture,
        );
        assert.equal(r.mapping[Object.keys(r.mapping).find((f) => /^Statut$/i.test(f))!], 'status');
        assert.deepEqual(r.unmappedValues[0]?.values, [{ value: 'Hors ligne', count: 1 }], fixture);
        // FlatGeobuf stores its features in its spatial index's order: there Lifou is the fourth.
        assert.equal(r.rejected[0]?.feature, format === 'FlatGeobuf' ? 4 : 5);
        assert.match(r.rejected[0]!.reason, /Hors ligne/);
        if (format === 'CSV') {
          assert.equal(r.rejected[0]?.row, 6, 'the CSV row, after its header');
          assert.equal(r.file.crs.from, 'coordinates', 'degrees around New Caledonia: WGS 84');
        } else {
          assert.equal(r.file.crs.epsg, 3163, fixture);
          assert.equal(r.file.crs.from, 'file');
        }
        assert.equal(r.preview.features.filter((f) => f.properties.change === 'added').length, 4);
      }
      assert.equal(await count('wifi_terminals'), before, 'a dry run writes nothing');
      assert.equal(await count('imports'), 0);
    });

    test('the commit writes every feature, in the history under its import, with the author; the Lambert coordinates come back within a centimetre', async () => {
      const before = await count('wifi_terminals');
      const done = await postImport(
        api,
        planner,
        'bornes.geojson',
        importFixture('wifi-terminals-3163.geojson'),
        {
          target: 'wifi-terminals',
          values: HORS_LIGNE,
          dryRun: false,
        },
      );
      ok(done);
      assert.equal(done.body.counts.added, 5);
      assert.ok(done.body.importId);
      imported.terminals = done.body.importId;
      assert.equal(await count('wifi_terminals'), before + 5);
      const rows = await api.db.rows<{
        site_name: string;
        status: string;
        in_service_since: string | null;
        d: number;
        source: string;
      }>(
        sql`SELECT site_name, status::text, in_service_since::text, source,
                   ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(166.4416, -22.2758), 4326)::geography) AS d
            FROM wifi_terminals WHERE site_name IN ('Borne exemple Place des Cocotiers', 'Borne exemple Baie des Citrons', 'Borne exemple Wé, Lifou') ORDER BY site_name`,
      );
      assert.deepEqual(
        rows.map((r) => [r.site_name, r.status, r.in_service_since, r.source]),
        [
          ['Borne exemple Baie des Citrons', 'active', '2022-06-15', 'import'],
          ['Borne exemple Place des Cocotiers', 'active', '2021-03-15', 'import'],
          ['Borne exemple Wé, Lifou', 'maintenance', '2019-09-01', 'import'],
        ],
      );
      assert.ok(rows[1]!.d < 0.01, `Place des Cocotiers within a centimetre (${rows[1]!.d} m)`);
      const history = await api.db.rows<{ n: number; who: string; via: string }>(
        sql`SELECT count(*)::int AS n, min(a.email) AS who, min(h.via) AS via FROM feature_history h
            JOIN accounts a ON a.id = h.account_id WHERE h.import_id = ${done.body.importId}`,
      );
      assert.deepEqual(history[0], { n: 5, who: 'import-planner@example.nc', via: 'import' });
      const record = await api.request(`/api/imports/${done.body.importId}`, {
        headers: { cookie: planner.cookie },
      });
      const body = (await record.json()) as {
        author: string;
        sha256: string;
        added: number;
        changes: unknown[];
      };
      assert.equal(body.author, 'import-planner@example.nc');
      assert.equal(body.sha256, done.body.file.sha256);
      assert.equal(body.added, 5);
      assert.equal(body.changes.length, 5);
    });

    test('matched on a key: the same file again changes nothing; a changed row is one update, with its before and after', async () => {
      const again = await postImport(api, planner, 'bornes.gpkg', importFixture('wifi-terminals-3163.gpkg'), {
        target: 'wifi-terminals',
        key: 'siteName',
        values: HORS_LIGNE,
        dryRun: false,
      });
      ok(again);
      assert.deepEqual(again.body.counts, {
        read: 5,
        added: 0,
        updated: 0,
        unchanged: 5,
        rejected: 0,
        repaired: 0,
      });
      const csv = importFixture('wifi-terminals.csv').toString('utf8').replace('6h-22h', '5h-23h');
      const changed = await postImport(api, planner, 'bornes.csv', new TextEncoder().encode(csv), {
        target: 'wifi-terminals',
        key: 'site_name',
        values: HORS_LIGNE,
        dryRun: false,
      });
      ok(changed);
      imported.update = changed.body.importId!;
      assert.deepEqual(changed.body.counts, {
        read: 5,
        added: 0,
        updated: 1,
        unchanged: 4,
        rejected: 0,
        repaired: 0,
      });
      const [entry] = await api.db.rows<{ before: string; after: string }>(
        sql`SELECT before->'properties'->>'opening_hours' AS before, after->'properties'->>'opening_hours' AS after
            FROM feature_history WHERE import_id = ${changed.body.importId}`,
      );
      assert.deepEqual(entry, { before: '6h-22h', after: '5h-23h' });
    });

    test('areas: a ring crossing itself is repaired and listed; words and numbers of a French file are read; the derived figures follow', async () => {
      const dry = await postImport(
        api,
        planner,
        'zones.geojson',
        importFixture('fibre-zones-bow-tie.geojson'),
        {
          target: 'fibre-zones',
        },
      );
      ok(dry);
      assert.deepEqual(dry.body.counts, {
        read: 2,
        added: 2,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        repaired: 1,
      });
      assert.equal(dry.body.repaired[0]?.feature, 2);
      assert.match(dry.body.repaired[0]!.reason, /Self-intersection/i);
      const done = await postImport(
        api,
        planner,
        'zones.geojson',
        importFixture('fibre-zones-bow-tie.geojson'),
        {
          target: 'fibre-zones',
          dryRun: false,
        },
      );
      ok(done);
      imported.zones = done.body.importId!;
      const zones = await api.db.rows<{
        name: string;
        status: string;
        premises_passed: number;
        valid: boolean;
        type: string;
      }>(
        sql`SELECT name, status::text, premises_passed, ST_IsValid(geom) AS valid, GeometryType(geom) AS type
            FROM fibre_zones WHERE source = 'import' ORDER BY name`,
      );
      assert.deepEqual(
        zones.map((z) => [z.name, z.status, z.premises_passed, z.valid, z.type]),
        [
          ['Zone FTTH Koutio (exemple)', 'planned', 800, true, 'MULTIPOLYGON'],
          ['Zone FTTH Magenta (exemple)', 'works', 1250, true, 'MULTIPOLYGON'],
        ],
      );
      const drift = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM (
              (SELECT * FROM place_coverage EXCEPT SELECT * FROM place_coverage_measured)
              UNION ALL (SELECT * FROM place_coverage_measured EXCEPT SELECT * FROM place_coverage)) d`,
      );
      assert.equal(drift[0]?.n, 0, 'the place coverage is recomputed with the import');
    });

    test('a round trip in each format and CRS: the layer exported (GeoJSON, CSV, GeoPackage; EPSG:4326 and 3163) and imported again gives the same features within a centimetre', async () => {
      type Row = {
        site_name: string;
        status: string;
        opening_hours: string;
        in_service_since: string | null;
        x: number;
        y: number;
      };
      const snapshot = () =>
        api.db.rows<Row>(
          sql`SELECT site_name, status::text, opening_hours, in_service_since::text, ST_X(geom) AS x, ST_Y(geom) AS y
              FROM wifi_terminals ORDER BY site_name, ST_X(geom), ST_Y(geom)`,
        );
      const original = await snapshot();
      for (const [path, name, crs] of [
        ['/api/export/wifi-terminals?crs=4326', 'export-4326.geojson', undefined],
        ['/api/export/wifi-terminals?crs=3163', 'export-3163.geojson', undefined],
        ['/api/export/wifi-terminals?format=csv&crs=4326&geometry=xy', 'export-4326.csv', undefined],
        // A CSV states no coordinate system: the user says it.
        ['/api/export/wifi-terminals?format=csv&crs=3163&geometry=wkt', 'export-3163.csv', '3163'],
        ['/api/export/wifi-terminals?format=gpkg&crs=4326', 'export-4326.gpkg', undefined],
        ['/api/export/wifi-terminals?format=gpkg&crs=3163', 'export-3163.gpkg', undefined],
      ] as const) {
        const res = await api.request(path);
        assert.equal(res.status, 200, path);
        const exported = new Uint8Array(await res.arrayBuffer());
        await api.db.rows(sql`DELETE FROM wifi_terminals`);
        const back = await postImport(api, planner, name, exported, {
          target: 'wifi-terminals',
          ...(crs ? { crs } : {}),
          dryRun: false,
        });
        ok(back);
        assert.equal(back.body.counts.added, original.length, name);
        assert.equal(back.body.counts.rejected, 0, JSON.stringify(back.body.rejected.slice(0, 3)));
        const again = await snapshot();
        assert.equal(again.length, original.length);
        again.forEach((row, i) => {
          const was = original[i]!;
          assert.deepEqual(
            [row.site_name, row.status, row.opening_hours, row.in_service_since],
            [was.site_name, was.status, was.opening_hours, was.in_service_since],
            name,
          );
          // 1e-7 degree is about a centimetre.
          assert.ok(
            Math.abs(row.x - was.x) < 1e-7 && Math.abs(row.y - was.y) < 1e-7,
            `${name}: ${row.site_name} moved`,
          );
        });
      }
    });

    test('an import undone: what it added deleted, what it updated restored, in the history; a feature changed since is a conflict', async () => {
      const undo = (id: number) => planner.send('POST', `/api/imports/${id}/undo`);
      const zones = await undo(imported.zones!);
      assert.equal(zones.status, 200, await zones.clone().text());
      assert.deepEqual(await zones.json(), { importId: imported.zones, deleted: 2, restored: 0 });
      assert.equal((await api.db.rows(sql`SELECT id FROM fibre_zones WHERE source = 'import'`)).length, 0);
      const drift = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM (
              (SELECT * FROM place_coverage EXCEPT SELECT * FROM place_coverage_measured)
              UNION ALL (SELECT * FROM place_coverage_measured EXCEPT SELECT * FROM place_coverage)) d`,
      );
      assert.equal(drift[0]?.n, 0, 'the derived figures follow the undo');
      const twice = await undo(imported.zones!);
      assert.equal(twice.status, 409);
      assert.match(((await twice.json()) as { detail: string }).detail, /undone already/);
      // The round trip deleted and re-imported every terminal: the first import's are gone.
      const gone = await undo(imported.terminals!);
      assert.equal(gone.status, 409);
      assert.match(
        ((await gone.json()) as { detail: string }).detail,
        /\d+ \(deleted since\).*nothing was undone/,
      );
      const listed = (await (
        await api.request('/api/imports', { headers: { cookie: planner.cookie } })
      ).json()) as {
        imports: { id: number; undoneAt: string | null }[];
      };
      assert.ok(listed.imports.find((i) => i.id === imported.zones)?.undoneAt);
      assert.equal(listed.imports.find((i) => i.id === imported.terminals)?.undoneAt, null);
    });

    test('an update undone gives the feature its state before the import', async () => {
      const csv = importFixture('wifi-terminals.csv')
        .toString('utf8')
        .replace('6h-22h', '5h-23h')
        .replace('8h-17h', '9h-16h');
      const changed = await postImport(api, planner, 'bornes.csv', new TextEncoder().encode(csv), {
        target: 'wifi-terminals',
        key: 'siteName',
        values: HORS_LIGNE,
        dryRun: false,
      });
      ok(changed);
      assert.equal(changed.body.counts.updated, 1);
      const hours = async () =>
        (
          await api.db.rows<{ h: string }>(
            sql`SELECT opening_hours AS h FROM wifi_terminals WHERE site_name = 'Borne exemple Médiathèque de Dumbéa'`,
          )
        )[0]?.h;
      assert.equal(await hours(), '9h-16h');
      const undone = await planner.send('POST', `/api/imports/${changed.body.importId}/undo`);
      assert.equal(undone.status, 200, await undone.clone().text());
      assert.deepEqual(await undone.json(), { importId: changed.body.importId, deleted: 0, restored: 1 });
      assert.equal(await hours(), '8h-17h');
    });

    test('projects from a CSV with WKT in EPSG:3163: points, lines and areas, the commune found, a rule a row breaks rejects that row only', async () => {
      const before = await count('projects');
      const done = await postImport(api, planner, 'travaux.csv', importFixture('projects-3163.csv'), {
        target: 'projects',
        crs: '3163',
        dryRun: false,
      });
      ok(done);
      assert.deepEqual(done.body.rejected, [
        { feature: 3, row: 4, field: 'properties', reason: 'slippageReason: a delayed project needs one' },
      ]);
      assert.deepEqual(done.body.counts, {
        read: 3,
        added: 2,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        repaired: 0,
      });

      assert.equal(await count('projects'), before + 2);
      const rows = await api.db.rows<{
        title: string;
        kind: string;
        status: string;
        commune: string;
        type: string;
        start: string;
      }>(
        sql`SELECT title, kind::text, status::text, commune_insee AS commune, GeometryType(geom) AS type,
                   planned_start::text AS start
            FROM projects WHERE source = 'import' ORDER BY title`,
      );
      assert.deepEqual(
        rows.map((r) => [r.kind, r.status, r.commune, r.type, r.start]),
        [
          ['fibre_works', 'works', '98818', 'LINESTRING', '2027-03-01'],
          ['water', 'planned', '98805', 'POLYGON', '2027-09-01'],
        ],
      );
    });

    test('only planners and admins import; a commune account and the public are refused', async () => {
      const commune = await signedIn(api, 'mairie@import.nc', 'commune', '98818');
      const refused = await postImport(
        api,
        commune,
        'bornes.geojson',
        importFixture('wifi-terminals-3163.geojson'),
        {
          target: 'wifi-terminals',
        },
      );
      assert.equal(refused.status, 403);
      const res = await api.request('/api/imports', { method: 'POST', body: new FormData() });
      assert.equal(res.status, 401);
    });
  });
}
