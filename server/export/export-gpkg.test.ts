// The GeoPackage export read by the system's GDAL, as a GIS would read it (issue 11, item 8):
// every feature, the CRS asked for (EPSG:4326 or 3163), the licence, source, date and sample flag
// in the file's metadata, the layer described, the commune filter applied, and the Lambert
// coordinates brought back by ogr2ogr's PROJ within a centimetre of the 4326 ones.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const featureCount = (info: string) => Number(/Feature Count: (\d+)/.exec(info)?.[1]);
const gpkgTempDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('nc-gpkg-'));

interface Collection {
  features: { properties: { id: number }; geometry: { coordinates: [number, number] } }[];
}

for (const backend of testBackends()) {
  describe(`GeoPackage export read by GDAL (${backend})`, () => {
    const api = useApi(backend);
    const dir = mkdtempSync(join(tmpdir(), 'nc-export-gpkg-test-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const download = async (path: string, file: string) => {
      const res = await api.request(path);
      assert.equal(res.status, 200, await res.clone().text());
      const bytes = new Uint8Array(await res.arrayBuffer());
      writeFileSync(join(dir, file), bytes);
      return { res, bytes, file: join(dir, file) };
    };
    const count = async (where = sql`true`) =>
      (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals WHERE ${where}`))[0]
        ?.n;

    test('in EPSG:4326 and 3163: every feature, the CRS, the licence and the sample flag in the metadata', async () => {
      const before = gpkgTempDirs();
      const total = await count();
      for (const crs of [4326, 3163]) {
        const { res, bytes, file } = await download(
          `/api/export/wifi-terminals?format=gpkg&crs=${crs}`,
          `wifi-${crs}.gpkg`,
        );
        assert.equal(res.headers.get('content-type'), 'application/geopackage+sqlite3');
        assert.match(
          res.headers.get('content-disposition') ?? '',
          new RegExp(`attachment; filename="nc-wifi-terminals-\\d{4}-\\d{2}-\\d{2}-epsg${crs}\\.gpkg"`),
        );
        assert.equal(new TextDecoder().decode(bytes.slice(0, 15)), 'SQLite format 3', 'an SQLite file');
        const info = gdal('ogrinfo', ['-ro', '-so', '-al', file]);
        assert.match(info, /using driver `GPKG' successful/);
        assert.match(info, /Layer name: wifi_terminals/);
        assert.equal(featureCount(info), total);
        assert.match(info, new RegExp(`ID\\["EPSG",${crs}\\]\\]\\s*Data axis`), `the layer's CRS is ${crs}`);
        assert.match(info, /LICENCE=etalab-2\.0/);
        assert.match(info, /LICENCE_URL=https:\/\/www\.etalab\.gouv\.fr\//);
        assert.match(info, /SAMPLE=YES/);
        assert.match(info, /AS_OF=\d{4}-\d{2}-\d{2}/);
        assert.match(info, /SOURCE=sample generator/);
        assert.match(info, crs === 3163 ? /CRS=RGNC91-93 \/ Lambert/ : /CRS=WGS 84 \(EPSG:4326\)/);
        assert.match(info, /IDENTIFIER=Bornes Wi-Fi/);
        assert.match(info, /DESCRIPTION=.*données d'exemple/);
      }
      // Another export (the other backend's, the open data sizes) may be writing its own right now:
      // a leak is a directory that stays.
      const left = () => gpkgTempDirs().filter((d) => !before.includes(d));
      for (let i = 0; i < 50 && left().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(left(), [], 'no temp dir left behind');
    });

    test('ogr2ogr brings the Lambert coordinates back within a centimetre of the 4326 ones', async () => {
      const wgs = await download('/api/export/wifi-terminals?format=gpkg&crs=4326', 'a-4326.gpkg');
      const lambert = await download('/api/export/wifi-terminals?format=gpkg&crs=3163', 'a-3163.gpkg');
      const asGeojson = (source: string, name: string, reproject: boolean) => {
        const target = join(dir, name);
        gdal('ogr2ogr', [
          '-f',
          'GeoJSON',
          ...(reproject ? ['-t_srs', 'EPSG:4326'] : []),
          '-lco',
          'COORDINATE_PRECISION=9',
          target,
          source,
        ]);
        return JSON.parse(readFileSync(target, 'utf8')) as Collection;
      };
      const inWgs = asGeojson(wgs.file, 'a-4326.geojson', false);
      const back = asGeojson(lambert.file, 'a-back.geojson', true);
      const byId = new Map(inWgs.features.map((f) => [f.properties.id, f.geometry.coordinates]));
      assert.equal(back.features.length, await count());
      let worst = 0;
      for (const f of back.features) {
        const [lon, lat] = byId.get(f.properties.id) ?? [NaN, NaN];
        const [x, y] = f.geometry.coordinates;
        worst = Math.max(worst, Math.hypot((x - lon) * 103_000, (y - lat) * 110_600));
      }
      assert.ok(worst < 0.01, `the worst feature is ${worst.toFixed(4)} m away`);
    });

    test('a commune filter narrows it to the commune', async () => {
      const { file } = await download('/api/export/wifi-terminals?format=gpkg&commune=98818', 'noumea.gpkg');
      const inNoumea = await count(sql`commune_insee = '98818'`);
      assert.ok(
        inNoumea && inNoumea < ((await count()) ?? 0),
        'the fixture has terminals in and out of Nouméa',
      );
      assert.equal(featureCount(gdal('ogrinfo', ['-ro', '-so', '-al', file])), inNoumea);
      const listed = gdal('ogrinfo', ['-ro', '-al', '-fields=YES', '-geom=NO', file]);
      const communes = new Set([...listed.matchAll(/communeInsee \(String\) = (\d+)/g)].map((m) => m[1]));
      assert.deepEqual([...communes], ['98818']);
    });

    test('areas come as multipolygons', async () => {
      const { file } = await download('/api/export/fibre-zones?format=gpkg&crs=3163', 'zones.gpkg');
      const info = gdal('ogrinfo', ['-ro', '-so', '-al', file]);
      assert.match(info, /Geometry: Multi Polygon/);
      const n = (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM fibre_zones`))[0]?.n;
      assert.equal(featureCount(info), n);
    });
  });
}
