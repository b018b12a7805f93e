// The "bad files" of issue 11, on both backends: one small file per case and format
// (tests/fixtures/imports/bad/, see its README), each refused with what is wrong and where, or
// its bad features rejected by number while the good ones go through. A refused file writes
// nothing, even when it is posted as a commit (dryRun: false).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { postImport } from '../../tests/support/imports.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';
import { IMPORT_LIMITS } from './limits.ts';

const badFile = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/imports/bad/${name}`, import.meta.url));

interface Refusal {
  /** The fixture posted, under its own name (or `bytes` made here, under that name). */
  file: string;
  status: 400 | 413 | 415;
  detail: RegExp;
  /** Checked when given. */
  parameter?: string;
  options?: object;
  bytes?: () => Uint8Array;
}
const refused = (
  file: string,
  status: Refusal['status'],
  detail: RegExp,
  more: Partial<Refusal> = {},
): Refusal => ({ file, status, detail, parameter: 'file', ...more });

const REFUSALS: Record<string, Refusal> = {
  'a .gpkg that is text': refused(
    'not-a-geopackage.gpkg',
    400,
    /^the file is named \.gpkg but is not a GeoPackage/,
  ),
  'a .zip that is not a zip': refused(
    'not-a-zip.zip',
    400,
    /^the file is named \.zip but is not a zipped Shapefile/,
  ),
  'a .geojson that is binary': refused(
    'binary.geojson',
    400,
    /^the file is named \.geojson but is not GeoJSON/,
  ),
  'a .csv that is a PNG': refused('png-named.csv', 400, /^the file is named \.csv but is not CSV/),
  'a GeoJSON cut mid-way': refused(
    'truncated.geojson',
    400,
    /^GeoJSON: invalid JSON at line 7, column 55: a text is not closed \(is the file cut short\?\)$/,
  ),
  // GDAL's words (SQLite's "malformed", with its SQL): see the report of issue 11.
  'a GeoPackage cut in half': refused('truncated.gpkg', 400, /^the file cannot be read: .*malformed/),
  'a zip cut in half': refused('truncated.zip', 400, /^zip: not a readable zip/),
  // The comma ends line 7; the parser stops at the ']' it finds instead of a value, line 8.
  'a trailing comma after the last feature': refused(
    'trailing-comma.geojson',
    400,
    /^GeoJSON: invalid JSON at line 8, column 3: a value was expected \(a trailing comma\?\)$/,
  ),
  'an empty FeatureCollection': refused('empty-collection.geojson', 400, /^GeoJSON: the collection is empty/),
  'an empty file': refused('empty.geojson', 400, /^the file is empty$/),
  'a CSV with a header only': refused('header-only.csv', 400, /^the file holds no feature$/),
  'a GeoJSON with latitude and longitude swapped': refused(
    'swapped-lat-lon.geojson',
    400,
    /^coordinates: latitude and longitude are swapped \(extent -22\.276, 164\.865, -21\.059, 166\.461\)/,
    { parameter: 'crs' },
  ),
  'a CSV with latitude and longitude swapped': refused(
    'swapped-lat-lon.csv',
    400,
    /^coordinates: latitude and longitude are swapped .*the first coordinate must be the longitude/,
    { parameter: 'crs' },
  ),
  'Lambert metres in a GeoJSON with no crs member and no crs chosen': refused(
    'lambert-without-crs.geojson',
    400,
    /without a crs member is in degrees, but they are not degrees .*Lambert New Caledonia metres: choose EPSG:3163\.$/,
    { parameter: 'crs' },
  ),
  'degrees with EPSG:3163 chosen': refused(
    'degrees.geojson',
    400,
    /you chose .*\(EPSG:3163\), in metres, but they look like degrees .*choose EPSG:4326\.$/,
    { parameter: 'crs', options: { crs: '3163' } },
  ),
  'a zip bomb (300 KB unpacking to 300 MB)': refused(
    'zip-bomb.zip',
    413,
    /^zip: unpacks to more than 256 MB \(a zip bomb\?\); nothing was read$/,
  ),
  'a zip of 65 files': refused('too-many-files.zip', 413, /^zip: more than 64 files$/),
  'a zipped Shapefile without its .dbf': refused(
    'shapefile-without-dbf.zip',
    400,
    /^zip: the Shapefile exemple_bornes\.shp comes without its \.dbf$/,
  ),
  'a bare .shp': refused('bare.shp', 415, /^a Shapefile comes zipped, with its \.shp, \.shx and \.dbf/),
  // Zeros: were the file parsed, it would be "binary"; the 413 says its size came first.
  'a file over 64 MB': refused('over-the-limit.geojson', 413, /^the file is over 64 MB$/, {
    bytes: () => new Uint8Array(IMPORT_LIMITS.fileBytes + 1),
  }),
  // Past the form's allowance the body limit answers before the form is read: in bytes, naming no
  // parameter (see the report of issue 11).
  'a file of 65 MB': refused(
    'far-over-the-limit.geojson',
    413,
    /^the request body of POST \/api\/imports may be at most 67174400 bytes$/,
    { parameter: undefined, bytes: () => new Uint8Array(65 * 1024 * 1024) },
  ),
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
        if (refusal.parameter) assert.equal(body.parameter, refusal.parameter);
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

    /** The three good terminals of a fixture, as make-bad-files.py names them. */
    const goodNames = (prefix: string) =>
      ['Place des Cocotiers', 'Médiathèque de Dumbéa', 'Mairie de Koné'].map((n) => `Exemple ${prefix} ${n}`);
    /** Files with bad features among good ones: the bad rejected by number, the good written on commit. */
    const PARTLY_BAD = {
      'points and a polygon for a point layer': {
        file: 'mixed-geometries.geojson',
        options: {},
        prefix: 'mixte',
        kept: goodNames('mixte'),
        rejected: [{ feature: 3, field: 'geometry', reason: 'a Polygon, where the layer takes points' }],
      },
      'a terminal in Paris among terminals in New Caledonia': {
        file: 'outside-new-caledonia.geojson',
        options: {},
        prefix: 'hors NC',
        kept: goodNames('hors NC'),
        rejected: [
          { feature: 2, field: 'geometry', reason: 'outside New Caledonia (around 2.3522, 48.8566)' },
        ],
      },
      'two terminals of the same siteName, the key': {
        file: 'duplicate-keys.geojson',
        options: { key: 'siteName' },
        prefix: 'doublon',
        kept: goodNames('doublon').slice(1),
        rejected: [1, 3].map((feature) => ({
          feature,
          field: 'Nom du site',
          reason: 'the key Exemple doublon Place des Cocotiers is given 2 times in the file (features 1, 3)',
        })),
      },
    };
    for (const [what, { file, options, prefix, kept, rejected }] of Object.entries(PARTLY_BAD)) {
      test(`${what}: the bad rejected by feature number, the good written on commit`, async () => {
        const counts = {
          read: 4,
          added: kept.length,
          updated: 0,
          unchanged: 0,
          rejected: rejected.length,
          repaired: 0,
        };
        const before = await written();
        const dry = await post(file, { ...options, dryRun: true });
        assert.equal(dry.status, 200, JSON.stringify(dry.body));
        assert.deepEqual(dry.body.rejected, rejected);
        assert.deepEqual(dry.body.counts, counts);
        assert.deepEqual(await written(), before, 'the dry run wrote something');

        const commit = await post(file, { ...options, dryRun: false });
        assert.equal(commit.status, 200, JSON.stringify(commit.body));
        assert.deepEqual(commit.body.rejected, rejected);
        assert.deepEqual(commit.body.counts, counts);
        const after = await written();
        assert.equal(after.terminals, before.terminals + kept.length);
        assert.equal(after.imports, before.imports + 1);
        assert.deepEqual(await siteNames(`Exemple ${prefix} %`), kept);
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

    // GDAL recodes a .dbf without a .cpg or a code page byte only when told to (ENCODING=CP1252).
    test('a zipped Shapefile in Latin-1 without a .cpg: its accents right, and a note saying so', async () => {
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
    });
  });
}
