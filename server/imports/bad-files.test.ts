// The "bad files" of issue 11, on both backends: one small file per case and format
// (tests/fixtures/imports/bad/, see its README), each refused with what is wrong and where, or
// its bad features rejected by number while the good ones go through. A refused file writes
// nothing, even when it is posted as a commit (dryRun: false).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi, type ApiUnderTest } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';
import type { ImportReport } from './import-options.ts';
import { IMPORT_LIMITS } from './limits.ts';

const badFile = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/imports/bad/${name}`, import.meta.url));

// As imports.test.ts posts a file (importing it from there would run its tests here too).
async function postImport(
  api: ApiUnderTest,
  who: SignedInClient,
  name: string,
  bytes: Uint8Array,
  options: object,
): Promise<{ status: number; body: ImportReport & { detail?: string; parameter?: string } }> {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  form.set('options', JSON.stringify(options));
  const res = await api.request('/api/imports', {
    method: 'POST',
    body: form,
    headers: { cookie: who.cookie },
  });
  return { status: res.status, body: (await res.json()) as never };
}

interface Refusal {
  /** The fixture posted, under its own name (or `bytes` made here). */
  file: string;
  bytes?: () => Uint8Array;
  options?: object;
  status: 400 | 413 | 415;
  detail: RegExp;
  parameter: string;
}

const REFUSALS: Record<string, Refusal> = {
  'a .gpkg that is text': {
    file: 'not-a-geopackage.gpkg',
    status: 400,
    detail: /^the file is named \.gpkg but is not a GeoPackage/,
    parameter: 'file',
  },
  'a .zip that is not a zip': {
    file: 'not-a-zip.zip',
    status: 400,
    detail: /^the file is named \.zip but is not a zipped Shapefile/,
    parameter: 'file',
  },
  'a .geojson that is binary': {
    file: 'binary.geojson',
    status: 400,
    detail: /^the file is named \.geojson but is not GeoJSON/,
    parameter: 'file',
  },
  'a .csv that is a PNG': {
    file: 'png-named.csv',
    status: 400,
    detail: /^the file is named \.csv but is not CSV/,
    parameter: 'file',
  },
  'a GeoJSON cut mid-way': {
    file: 'truncated.geojson',
    status: 400,
    detail: /^GeoJSON: invalid JSON at line 7, column 55: a text is not closed \(is the file cut short\?\)$/,
    parameter: 'file',
  },
  'a GeoPackage cut in half': {
    file: 'truncated.gpkg',
    status: 400,
    // GDAL's words (SQLite's "malformed"): see the report of issue 11 for a clearer message.
    detail: /^the file cannot be read: .*malformed/,
    parameter: 'file',
  },
  'a zip cut in half': {
    file: 'truncated.zip',
    status: 400,
    detail: /^zip: not a readable zip/,
    parameter: 'file',
  },
  'a trailing comma after the last feature': {
    file: 'trailing-comma.geojson',
    status: 400,
    // The comma ends line 7; the parser stops at the ']' it finds instead of a value, line 8.
    detail: /^GeoJSON: invalid JSON at line 8, column 3: a value was expected \(a trailing comma\?\)$/,
    parameter: 'file',
  },
  'an empty FeatureCollection': {
    file: 'empty-collection.geojson',
    status: 400,
    detail: /^GeoJSON: the collection is empty: no feature to import$/,
    parameter: 'file',
  },
  'an empty file': { file: 'empty.geojson', status: 400, detail: /^the file is empty$/, parameter: 'file' },
  'a CSV with a header only': {
    file: 'header-only.csv',
    status: 400,
    detail: /^the file holds no feature$/,
    parameter: 'file',
  },
  'a GeoJSON with latitude and longitude swapped': {
    file: 'swapped-lat-lon.geojson',
    status: 400,
    detail:
      /^coordinates: latitude and longitude are swapped \(extent -22\.276, 164\.865, -21\.059, 166\.461\)/,
    parameter: 'crs',
  },
  'a CSV with latitude and longitude swapped': {
    file: 'swapped-lat-lon.csv',
    status: 400,
    detail: /^coordinates: latitude and longitude are swapped .*the first coordinate must be the longitude/,
    parameter: 'crs',
  },
  'Lambert metres in a GeoJSON with no crs member and no crs chosen': {
    file: 'lambert-without-crs.geojson',
    status: 400,
    detail:
      /without a crs member is in degrees, but they are not degrees .*Lambert New Caledonia metres: choose EPSG:3163\.$/,
    parameter: 'crs',
  },
  'degrees with EPSG:3163 chosen': {
    file: 'degrees.geojson',
    options: { crs: '3163' },
    status: 400,
    detail: /you chose .*\(EPSG:3163\), in metres, but they look like degrees .*choose EPSG:4326\.$/,
    parameter: 'crs',
  },
  'a zip bomb (300 KB unpacking to 300 MB)': {
    file: 'zip-bomb.zip',
    status: 413,
    detail: /^zip: unpacks to more than 256 MB \(a zip bomb\?\); nothing was read$/,
    parameter: 'file',
  },
  'a zip of 65 files': {
    file: 'too-many-files.zip',
    status: 413,
    detail: /^zip: more than 64 files$/,
    parameter: 'file',
  },
  'a zipped Shapefile without its .dbf': {
    file: 'shapefile-without-dbf.zip',
    status: 400,
    detail: /^zip: the Shapefile exemple_bornes\.shp comes without its \.dbf$/,
    parameter: 'file',
  },
  'a bare .shp': {
    file: 'bare.shp',
    status: 415,
    detail: /^a Shapefile comes zipped, with its \.shp, \.shx and \.dbf/,
    parameter: 'file',
  },
  // Zeros: were the file parsed, it would be "binary"; the 413 says its size came first.
  'a file over 64 MB': {
    file: 'over-the-limit.geojson',
    bytes: () => new Uint8Array(IMPORT_LIMITS.fileBytes + 1),
    status: 413,
    detail: /^the file is over 64 MB$/,
    parameter: 'file',
  },
};

for (const backend of testBackends()) {
  describe(`bad files to import (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    before(async () => {
      planner = await signedIn(api, 'bad-files-planner@example.nc', 'planner');
    });
    /** What an import may write: the layer, the imports' records, the history. */
    const written = async () =>
      (
        await api.db.rows<{ terminals: number; imports: number; history: number }>(
          sql`SELECT (SELECT count(*) FROM wifi_terminals)::int AS terminals,
                     (SELECT count(*) FROM imports)::int AS imports,
                     (SELECT count(*) FROM feature_history)::int AS history`,
        )
      )[0]!;
    const siteNames = async (like: string) =>
      (
        await api.db.rows<{ name: string }>(
          sql`SELECT site_name AS name FROM wifi_terminals WHERE site_name LIKE ${like} ORDER BY id`,
        )
      ).map((r) => r.name);
    const post = (file: string, options: object = {}, bytes: Uint8Array = badFile(file)) =>
      postImport(api, planner, file, bytes, { target: 'wifi-terminals', ...options });

    for (const [what, refusal] of Object.entries(REFUSALS)) {
      test(`${what}: ${refusal.status} saying so, nothing written`, async () => {
        const before = await written();
        const { status, body } = await post(
          refusal.file,
          { dryRun: false, ...refusal.options },
          refusal.bytes?.(),
        );
        assert.equal(status, refusal.status, JSON.stringify(body));
        assert.match(body.detail ?? '', refusal.detail);
        assert.equal(body.parameter, refusal.parameter);
        assert.deepEqual(await written(), before);
      });
    }

    test('the advice of the messages works: Lambert with EPSG:3163 chosen, degrees with none', async () => {
      const lambert = await post('lambert-without-crs.geojson', { crs: '3163', dryRun: true });
      assert.equal(lambert.status, 200, JSON.stringify(lambert.body));
      assert.equal(lambert.body.counts.added, 3);
      const degrees = await post('degrees.geojson', { dryRun: true });
      assert.equal(degrees.status, 200, JSON.stringify(degrees.body));
      assert.equal(degrees.body.counts.added, 3);
    });

    /** A file whose one bad feature is rejected by number: the dry run writes nothing, the commit the good ones. */
    const PARTLY_BAD = {
      'points and a polygon for a point layer': {
        file: 'mixed-geometries.geojson',
        options: {},
        names: 'Exemple mixte %',
        rejected: [{ feature: 3, field: 'geometry', reason: 'a Polygon, where the layer takes points' }],
      },
      'a terminal in Paris among terminals in New Caledonia': {
        file: 'outside-new-caledonia.geojson',
        options: {},
        names: 'Exemple hors NC %',
        rejected: [
          { feature: 2, field: 'geometry', reason: 'outside New Caledonia (around 2.3522, 48.8566)' },
        ],
      },
      'two terminals of the same siteName, the key': {
        file: 'duplicate-keys.geojson',
        options: { key: 'siteName' },
        names: 'Exemple doublon %',
        rejected: [1, 3].map((feature) => ({
          feature,
          field: 'Nom du site',
          reason: 'the key Exemple doublon Place des Cocotiers is given 2 times in the file (features 1, 3)',
        })),
      },
    };
    for (const [what, { file, options, names, rejected }] of Object.entries(PARTLY_BAD)) {
      test(`${what}: the bad ones rejected by feature number, the good ones written on commit`, async () => {
        const read = 4;
        const good = read - rejected.length;
        const before = await written();
        const dry = await post(file, { ...options, dryRun: true });
        assert.equal(dry.status, 200, JSON.stringify(dry.body));
        assert.deepEqual(dry.body.rejected, rejected);
        assert.deepEqual(dry.body.counts, {
          read,
          added: good,
          updated: 0,
          unchanged: 0,
          rejected: rejected.length,
          repaired: 0,
        });
        assert.deepEqual(await written(), before, 'the dry run wrote something');

        const commit = await post(file, { ...options, dryRun: false });
        assert.equal(commit.status, 200, JSON.stringify(commit.body));
        assert.deepEqual(commit.body.rejected, rejected);
        assert.equal(commit.body.counts.added, good);
        const after = await written();
        assert.equal(after.terminals, before.terminals + good);
        assert.equal(after.imports, before.imports + 1);
        const kept = await siteNames(names);
        assert.equal(kept.length, good);
        const refused = dry.body.preview.features.filter((f) => f.properties.change === 'rejected');
        for (const f of refused)
          assert.ok(!kept.includes(f.properties.label ?? ''), `${f.properties.label} written`);
      });
    }

    test('non-numeric coordinates in a CSV: those rows rejected by their CSV row number', async () => {
      const before = await written();
      const { status, body } = await post('non-numeric-coordinates.csv', { dryRun: true });
      assert.equal(status, 200, JSON.stringify(body));
      assert.deepEqual(
        body.rejected.map(({ feature, row, field }) => ({ feature, row, field })),
        [
          { feature: 2, row: 3, field: 'geometry' },
          { feature: 4, row: 5, field: 'geometry' },
        ],
      );
      assert.equal(body.counts.added, 2);
      assert.deepEqual(await written(), before);
    });

    test('a Windows-1252 CSV: imported with its accents right, and a note saying how it was read', async () => {
      const { status, body } = await post('windows-1252.csv', { dryRun: false });
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(
        body.notes.some((n) => /read as Windows-1252/.test(n)),
        JSON.stringify(body.notes),
      );
      assert.deepEqual(body.rejected, []);
      assert.deepEqual(await siteNames('Exemple Latin-1 %'), [
        'Exemple Latin-1 Médiathèque de Dumbéa',
        'Exemple Latin-1 Mairie de Koné',
      ]);
    });

    // Bug: uploaded-file.ts notes "read as Latin-1" but gives GDAL no ENCODING option, and GDAL
    // does not recode a .dbf without a .cpg or a code page byte: "Prévu" arrives as "Pr\uFFFDvu".
    test(
      'a zipped Shapefile in Latin-1 without a .cpg: its accents right, and a note saying so',
      { todo: 'uploaded-file.ts passes no ENCODING=ISO-8859-1 to GDAL for a .dbf without .cpg' },
      async () => {
        const before = await written();
        const { status, body } = await post('latin1-shapefile-no-cpg.zip', {
          // The .dbf cut the names to 10 characters.
          mapping: { 'Nom du sit': 'siteName', 'Mise en se': 'inServiceSince' },
          dryRun: true,
        });
        assert.equal(status, 200, JSON.stringify(body));
        assert.ok(
          body.notes.some((n) => /no \.cpg .*Latin-1/.test(n)),
          JSON.stringify(body.notes),
        );
        assert.deepEqual(await written(), before);
        assert.deepEqual(body.rejected, []);
        assert.deepEqual(
          body.preview.features.map((f) => f.properties.label),
          [
            'Exemple Shapefile Place des Cocotiers',
            'Exemple Shapefile Médiathèque de Dumbéa',
            'Exemple Shapefile Mairie de Koné',
          ],
        );
      },
    );
  });
}
