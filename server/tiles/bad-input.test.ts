// Every bad tile or TileJSON address answers a JSON 400 or 404 naming what was wrong, never a
// 500: zoom, column and row out of range or not whole numbers, unknown layers, other formats,
// unknown query parameters.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';

/** Path → status, the parameter named, the start of the detail. */
const cases: [path: string, status: number, parameter: string, detail: RegExp][] = [
  ['/tiles/communes/23/0/0.mvt', 400, 'z', /^z: expected a whole number from 0 to 22, got 23/],
  ['/tiles/communes/-1/0/0.mvt', 400, 'z', /^z: expected a whole number/],
  ['/tiles/communes/1.5/0/0.mvt', 400, 'z', /^z: expected a whole number/],
  ['/tiles/communes/ten/0/0.mvt', 400, 'z', /^z: .*got "ten"/],
  ['/tiles/communes/99999999999/0/0.mvt', 400, 'z', /^z: /],
  ['/tiles/communes/6/64/0.mvt', 400, 'x', /^x: expected a whole number from 0 to 63 at zoom 6, got 64/],
  ['/tiles/communes/0/1/0.mvt', 400, 'x', /^x: expected a whole number from 0 to 0 at zoom 0/],
  ['/tiles/communes/6/1e1/0.mvt', 400, 'x', /^x: /],
  ['/tiles/communes/6/0/64.mvt', 400, 'y', /^y: expected a whole number from 0 to 63 at zoom 6, got 64/],
  ['/tiles/communes/6/0/0x10.mvt', 400, 'y', /^y: /],
  ['/tiles/communes/6/0/.mvt', 400, 'y', /^y: /],
  ['/tiles/communes/6/0/0.mvt?v=1&zoom=3', 400, 'zoom', /unknown parameter "zoom"/],
  ['/tiles/communes.json?f=json', 400, 'f', /unknown parameter "f"/],
  ['/tiles/nowhere/6/0/0.mvt', 404, 'layer', /^unknown layer "nowhere"; known layers: communes, /],
  ['/tiles/communes,nowhere/6/0/0.mvt', 404, 'layer', /^unknown layer "nowhere"/],
  ['/tiles/communes/6/0/0.pbf', 404, 'format', /^tiles are served as \{y\}\.mvt/],
  ['/tiles/communes/6/0/0', 404, 'format', /^tiles are served as \{y\}\.mvt/],
  ['/tiles/nowhere.json', 404, 'layer', /^unknown layer "nowhere"/],
  ['/tiles/communes.xml', 404, 'format', /^TileJSON is served as/],
];

for (const backend of testBackends()) {
  describe(`tiles: bad input (${backend})`, () => {
    const api = useApi(backend);
    for (const [path, status, parameter, detail] of cases) {
      test(`${path} → ${status} naming ${parameter}`, async () => {
        const res = await api.request(path);
        const body = (await res.json()) as { error: string; detail: string; parameter?: string };
        assert.equal(res.status, status, JSON.stringify(body));
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(body.parameter, parameter);
        assert.match(body.detail, detail);
      });
    }

    test('paths beside the tiles are JSON 404s', async () => {
      for (const path of ['/tiles', '/tiles/communes/6/0', '/tiles/communes/6/0/0/0.mvt']) {
        const res = await api.request(path);
        assert.equal(res.status, 404, path);
        assert.equal(((await res.json()) as { error: string }).error, 'not_found');
      }
    });
  });
}
