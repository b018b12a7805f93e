// /tiles/{layers}/{z}/{x}/{y}.mvt on both backends against the GeoJSON endpoint on the same
// database: over Nouméa at z2, z10, z12 and z14 and over the whole territory at z6, every layer's
// tile holds the features that reach it, with their ids and properties, each vertex within a
// pixel of the GeoJSON geometry once the tile coordinates are back in longitude/latitude.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { layers } from '../layers/catalogue.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import {
  decodeTile,
  pixelDistanceWithin,
  pixelExtent,
  tileAt,
  tileBBox,
  tilesOver,
  type TileFeature,
} from '../../tests/support/tiles.ts';
import { TILE_BUFFER, TILE_EXTENT } from './tile-address.ts';

const NOUMEA = [166.4485, -22.2758] as const;
const TERRITORY: [number, number, number, number] = [163.5, -22.9, 168.2, -19.5];
const TILES = [
  // At z2 the tile's buffer passes the antimeridian: its envelope must not wrap round the world.
  tileAt(...NOUMEA, 2),
  ...tilesOver(TERRITORY, 6),
  tileAt(...NOUMEA, 10),
  tileAt(...NOUMEA, 12),
  tileAt(...NOUMEA, 14),
];

/** A GeoJSON feature's properties as a tile carries them: no nulls, lists as JSON text. */
function asTileProperties(properties: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]),
  );
}

for (const backend of testBackends()) {
  describe(`vector tiles against the GeoJSON layers (${backend})`, () => {
    const api = useApi(backend);

    const tileOf = async (ids: string, { z, x, y }: { z: number; x: number; y: number }) => {
      const res = await api.request(`/tiles/${ids}/${z}/${x}/${y}.mvt`);
      assert.ok([200, 204].includes(res.status), `${ids}/${z}/${x}/${y}: ${res.status}`);
      return decodeTile(new Uint8Array(await res.arrayBuffer()), z, x, y);
    };

    for (const tile of TILES) {
      const { z, x, y } = tile;
      test(`tile ${z}/${x}/${y}: each layer's features, ids, properties and geometry`, async () => {
        let seen = 0;
        for (const layer of layers) {
          const decoded = await tileOf(layer.id, tile);
          assert.ok([...decoded.keys()].every((name) => name === layer.id));
          const features = decoded.get(layer.id) ?? [];
          const buffered = tileBBox(z, x, y, TILE_BUFFER / TILE_EXTENT);
          const { body } = await api.json<FeatureCollection>(
            `/api/layers/${layer.id}?bbox=${buffered.join(',')}`,
          );
          const byId = new Map(body.features.map((f) => [Number(f.id), f]));
          const proper = bboxPolygon(tileBBox(z, x, y));
          // What reaches the tile, unless it is at most a pixel across at this zoom.
          const reaching = body.features
            .filter((f) => booleanIntersects(f, proper) && pixelExtent(f.geometry, z) > 1)
            .map((f) => Number(f.id));
          const ids = features.map((f) => f.id);
          for (const id of reaching)
            assert.ok(ids.includes(id), `${layer.id} ${id} reaches the tile but is not in it`);
          for (const feature of features) {
            const expected = byId.get(Number(feature.id));
            assert.ok(expected, `${layer.id}: tile feature ${feature.id} is not in the layer's GeoJSON`);
            assert.deepEqual(
              { ...feature.properties },
              asTileProperties(expected.properties ?? {}),
              `${layer.id} ${feature.id}`,
            );
            const distance = pixelDistanceWithin(feature.geometry, expected.geometry, z, tileBBox(z, x, y));
            assert.ok(distance < 1, `${layer.id} ${feature.id}: ${distance.toFixed(2)} px from the GeoJSON`);
          }
          assert.equal(new Set(ids).size, ids.length, `${layer.id}: a feature twice`);
          seen += features.length;
        }
        assert.ok(seen > 0, 'the tile holds some feature');
      });
    }

    test('a tile of several layers holds each as its own tile does', async () => {
      const tile = tileAt(...NOUMEA, 12);
      const ids = ['mobile-coverage', 'schools', 'communes'];
      const together = await tileOf(ids.join(','), tile);
      assert.deepEqual([...together.keys()].sort(), [...ids].sort());
      for (const id of ids) {
        const alone = await tileOf(id, tile);
        const summary = (fs: TileFeature[] | undefined) => (fs ?? []).map((f) => [f.id, f.properties]);
        assert.deepEqual(summary(together.get(id)), summary(alone.get(id)));
      }
    });

    test('the territory at z6 holds every coverage polygon more than a pixel across', async () => {
      const { body } = await api.json<FeatureCollection>('/api/layers/mobile-coverage');
      const visible = body.features.filter((f) => pixelExtent(f.geometry, 6) > 1);
      const inTiles = new Set<number | undefined>();
      for (const tile of tilesOver(TERRITORY, 6)) {
        for (const f of (await tileOf('mobile-coverage', tile)).get('mobile-coverage') ?? [])
          inTiles.add(f.id);
      }
      assert.ok(visible.length > 100);
      for (const f of visible) assert.ok(inTiles.has(Number(f.id)), `coverage ${f.id} is in no tile`);
      for (const id of inTiles)
        assert.ok(
          body.features.some((f) => f.id === id),
          `tile feature ${id}`,
        );
    });

    test('a tile where no layer has a feature is 204 No Content', async () => {
      const res = await api.request(`/tiles/${layers.map((l) => l.id).join(',')}/6/0/0.mvt`);
      assert.equal(res.status, 204);
      assert.equal((await res.arrayBuffer()).byteLength, 0);
    });
  });
}
