// The two encoders agree: ST_AsMVT on the PostGIS server and geojson-vt + vt-pbf on the embedded
// database give, tile for tile, the same layers, the same features with the same ids and
// properties, and geometry within a pixel of each other. Runs when both backends are there (the
// test runner always provides the server).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { layers } from '../layers/catalogue.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import {
  decodeTile,
  pixelDistanceWithin,
  pixelExtent,
  tileAt,
  tileBBox,
  tilesOver,
  type TileFeature,
} from '../../tests/support/tiles.ts';
import { createApp } from '../app.ts';

const NOUMEA = [166.4485, -22.2758] as const;
const TILES = [
  tileAt(...NOUMEA, 2),
  ...tilesOver([163.5, -22.9, 168.2, -19.5], 6),
  tileAt(...NOUMEA, 10),
  tileAt(...NOUMEA, 14),
];
const ALL = layers.map((l) => l.id).join(',');

if (testBackends().includes('server')) {
  describe('vector tiles: the server and the embedded backend agree', () => {
    const dbs: TestDatabase[] = [];
    before(async () => {
      dbs.push(await openTestDatabase('server'), await openTestDatabase('embedded'));
    });
    after(async () => {
      await Promise.all(dbs.map((db) => db.dispose()));
    });

    for (const { z, x, y } of TILES) {
      test(`tile ${z}/${x}/${y} of every layer`, async () => {
        const [server, embedded] = await Promise.all(
          dbs.map(async (db) => {
            const res = await createApp(db).app.request(`/tiles/${ALL}/${z}/${x}/${y}.mvt`);
            assert.equal(res.status, 200, db.backend);
            return decodeTile(new Uint8Array(await res.arrayBuffer()), z, x, y);
          }),
        );
        assert.ok(server && embedded);
        assert.deepEqual([...embedded.keys()].sort(), [...server.keys()].sort());
        for (const [name, serverFeatures] of server) {
          const embeddedFeatures: TileFeature[] = embedded.get(name) ?? [];
          // The same features, but those at most a pixel across, which either encoder may drop.
          const lacking = (one: TileFeature[], other: TileFeature[]) =>
            one.filter((f) => !other.some((g) => g.id === f.id) && pixelExtent(f.geometry, z) > 1);
          assert.deepEqual(
            lacking(serverFeatures, embeddedFeatures),
            [],
            `${name}: lacking in the embedded tile`,
          );
          assert.deepEqual(
            lacking(embeddedFeatures, serverFeatures),
            [],
            `${name}: lacking in the server tile`,
          );
          for (const feature of serverFeatures) {
            const twin = embeddedFeatures.find((f) => f.id === feature.id);
            if (!twin) continue;
            assert.deepEqual({ ...twin.properties }, { ...feature.properties }, `${name} ${feature.id}`);
            const distance = pixelDistanceWithin(twin.geometry, feature.geometry, z, tileBBox(z, x, y), true);
            assert.ok(distance < 1, `${name} ${feature.id}: ${distance.toFixed(2)} px apart`);
          }
        }
      });
    }
  });
}
