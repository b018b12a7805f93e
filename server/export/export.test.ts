// Open data exports read by GDAL, as a GIS would read them (issue 11, item 8), on both backends:
// GeoJSON in EPSG:4326 and 3163 (ogrinfo finds the CRS and every feature; ogr2ogr's PROJ brings
// the Lambert coordinates back within a centimetre of the 4326 ones), CSV with WKT or x/y (read
// by GDAL's CSV driver; formula cells neutralised), filters by commune and bbox, licence and
// sample in the metadata, and bad parameters named.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { ogrinfoPath } from '../../tests/support/system-deps.ts';

const gdal = (tool: 'ogrinfo' | 'ogr2ogr', args: string[]) => {
  const path = ogrinfoPath();
  assert.ok(path, 'GDAL (gdal-bin) is installed');
  return execFileSync(path.replace(/ogrinfo$/, tool), args, { encoding: 'utf8' });
};

interface Collection {
  name: string;
  metadata: { licence: { id: string }; sample: boolean; asOf: string; crs: string };
  crs?: unknown;
  features: {
    id: number;
    geometry: { coordinates: [number, number] };
    properties: Record<string, unknown>;
  }[];
}

for (const backend of testBackends()) {
  describe(`open data exports read by GDAL (${backend})`, () => {
    const api = useApi(backend);
    const dir = mkdtempSync(join(tmpdir(), 'nc-export-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const download = async (path: string, file: string) => {
      const res = await api.request(path);
      assert.equal(res.status, 200, await res.clone().text());
      const bytes = new Uint8Array(await res.arrayBuffer());
      writeFileSync(join(dir, file), bytes);
      return { res, bytes, text: new TextDecoder().decode(bytes), file: join(dir, file) };
    };

    test('GeoJSON in EPSG:4326 and 3163: GDAL finds the CRS and every feature; the Lambert coordinates come back within a centimetre', async () => {
      const wgs = await download('/api/export/wifi-terminals', 'wifi-4326.geojson');
      const lambert = await download('/api/export/wifi-terminals?crs=3163', 'wifi-3163.geojson');
      assert.match(
        wgs.res.headers.get('content-disposition') ?? '',
        /attachment; filename="nc-wifi-terminals-.*-epsg4326\.geojson"/,
      );
      const inWgs = JSON.parse(wgs.text) as Collection;
      const total = (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals`))[0]
        ?.n;
      assert.equal(inWgs.features.length, total);
      assert.equal(inWgs.metadata.licence.id, 'etalab-2.0');
      assert.equal(inWgs.metadata.sample, true, 'the generated sample says so');
      assert.equal(inWgs.crs, undefined, 'RFC 7946: no crs member in 4326');

      const info = gdal('ogrinfo', ['-ro', '-so', '-al', lambert.file]);
      assert.match(info, /Feature Count: (\d+)/);
      assert.equal(Number(/Feature Count: (\d+)/.exec(info)?.[1]), total);
      assert.match(info, /RGNC91-93 \/ Lambert New Caledonia/);
      assert.match(info, /ID\["EPSG",3163\]/);

      const back = join(dir, 'wifi-back.geojson');
      gdal('ogr2ogr', [
        '-f',
        'GeoJSON',
        '-t_srs',
        'EPSG:4326',
        '-lco',
        'COORDINATE_PRECISION=9',
        back,
        lambert.file,
      ]);
      const reprojected = JSON.parse(execFileSync('cat', [back], { encoding: 'utf8' })) as Collection;
      const byId = new Map(inWgs.features.map((f) => [f.id, f.geometry.coordinates]));
      let worst = 0;
      for (const f of reprojected.features) {
        const [lon, lat] = byId.get(f.id ?? f.properties.id) ?? [NaN, NaN];
        const [x, y] = f.geometry.coordinates;
        // Metres on the ground, near enough at these latitudes for a centimetre check.
        const metres = Math.hypot((x - lon) * 103_000, (y - lat) * 110_600);
        worst = Math.max(worst, metres);
      }
      assert.ok(worst < 0.01, `the worst feature is ${worst.toFixed(4)} m away`);
      assert.equal(reprojected.features.length, total);
    });

    test('CSV with WKT or x/y, read by GDAL; a cell that would be a formula is neutralised', async () => {
      await api.db.rows(
        sql`UPDATE wifi_terminals SET site_name = '=HYPERLINK("http://evil")' WHERE id = (SELECT min(id) FROM wifi_terminals)`,
      );
      const wkt = await download('/api/export/wifi-terminals?format=csv&crs=3163', 'wifi.csv');
      assert.deepEqual([...wkt.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
      assert.ok(wkt.text.startsWith('id,siteName,'), 'the header first');
      assert.ok(wkt.text.includes(`"'=HYPERLINK(""http://evil"")"`), 'the formula is text');
      const info = gdal('ogrinfo', [
        '-ro',
        '-al',
        '-oo',
        'GEOM_POSSIBLE_NAMES=wkt',
        '-oo',
        'KEEP_GEOM_COLUMNS=NO',
        wkt.file,
      ]);
      const total = (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals`))[0]
        ?.n;
      assert.equal(Number(/Feature Count: (\d+)/.exec(info)?.[1]), total);
      assert.match(info, /POINT \(\d{6}\.\d+ \d{6}\.\d+\)/, 'Lambert metres');
      const xy = await download('/api/export/schools?format=csv&geometry=xy', 'schools.csv');
      const header = xy.text.split('\r\n')[0] ?? '';
      assert.match(header, /,longitude,latitude$/);
      const xyInfo = gdal('ogrinfo', [
        '-ro',
        '-so',
        '-al',
        '-oo',
        'X_POSSIBLE_NAMES=longitude',
        '-oo',
        'Y_POSSIBLE_NAMES=latitude',
        xy.file,
      ]);
      assert.match(xyInfo, /Geometry: Point/);
      // Areas as WKT polygons, read back as such.
      const zones = await download('/api/export/fibre-zones?format=csv', 'zones.csv');
      const zoneInfo = gdal('ogrinfo', [
        '-ro',
        '-geom=SUMMARY',
        '-al',
        '-oo',
        'GEOM_POSSIBLE_NAMES=wkt',
        zones.file,
      ]);
      assert.match(zoneInfo, /MULTIPOLYGON : \d+ geometries/);
    });

    test('filtered by commune and by bbox', async () => {
      const kone = JSON.parse(
        (await download('/api/export/schools?commune=98811', 'kone.geojson')).text,
      ) as Collection;
      assert.ok(kone.features.length > 0);
      assert.ok(kone.features.every((f) => f.properties.communeInsee === '98811'));
      const box = JSON.parse(
        (await download('/api/export/schools?bbox=166.3,-22.35,166.55,-22.2', 'box.geojson')).text,
      ) as Collection;
      assert.ok(box.features.length > 0);
      assert.ok(
        box.features.every(
          ({
            geometry: {
              coordinates: [x, y],
            },
          }) => x >= 166.3 && x <= 166.55 && y >= -22.35 && y <= -22.2,
        ),
      );
    });

    test('the open data list gives every layer with its count, date, licence and downloads', async () => {
      const { status, body } = await api.json<{
        datasets: {
          id: string;
          featureCount: number;
          licence: { id: string };
          sample: boolean;
          downloads: { url: string }[];
        }[];
      }>('/api/opendata');
      assert.equal(status, 200);
      const wifi = body.datasets.find((d) => d.id === 'wifi-terminals');
      assert.ok(wifi && wifi.featureCount > 0 && wifi.licence.id === 'etalab-2.0' && wifi.sample);
      for (const d of body.datasets) {
        for (const { url } of d.downloads) assert.equal((await api.request(url)).status, 200, url);
      }
    });

    test('bad parameters are named', async () => {
      const cases: [string, number, string | undefined][] = [
        ['/api/export/wifi-terminals?format=shp', 400, 'format'],
        ['/api/export/wifi-terminals?crs=2154', 400, 'crs'],
        ['/api/export/fibre-zones?format=csv&geometry=xy', 400, 'geometry'],
        ['/api/export/wifi-terminals?colour=red', 400, 'colour'],
        ['/api/export/roads', 404, 'layer'],
      ];
      for (const [path, status, parameter] of cases) {
        const res = await api.request(path);
        assert.equal(res.status, status, path);
        assert.equal(((await res.json()) as { parameter?: string }).parameter, parameter, path);
      }
    });
  });
}
