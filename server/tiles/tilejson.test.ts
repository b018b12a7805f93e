// TileJSON 3.0.0 on both backends: per layer and for all layers, tile URLs absolute from the
// request's origin and versioned, zooms, bounds from the layer's extent, and vector_layers whose
// fields are the properties the tiles carry.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { decodeTile, tilesOver } from '../../tests/support/tiles.ts';
import { layers } from '../layers/catalogue.ts';

interface TileJson {
  tilejson: string;
  tiles: string[];
  minzoom: number;
  maxzoom: number;
  bounds: number[];
  vector_layers: { id: string; fields: Record<string, string>; minzoom: number; maxzoom: number }[];
}
interface Catalogue {
  layers: { id: string; extent: number[] | null }[];
}

const TERRITORY: [number, number, number, number] = [163.5, -22.9, 168.2, -19.5];

for (const backend of testBackends()) {
  describe(`TileJSON (${backend})`, () => {
    const api = useApi(backend);

    test("a layer's TileJSON: version, absolute tile URL, zooms, bounds of its extent", async () => {
      const { status, body } = await api.json<TileJson>('http://maps.example.nc/tiles/schools.json');
      assert.equal(status, 200);
      assert.equal(body.tilejson, '3.0.0');
      assert.equal(body.tiles.length, 1);
      assert.match(
        body.tiles[0] ?? '',
        /^http:\/\/maps\.example\.nc\/tiles\/schools\/\{z\}\/\{x\}\/\{y\}\.mvt\?v=[\w.+-]+$/,
      );
      assert.deepEqual([body.minzoom, body.maxzoom], [0, 22]);
      const catalogue = await api.json<Catalogue>('/api/layers');
      assert.deepEqual(body.bounds, catalogue.body.layers.find((l) => l.id === 'schools')?.extent);
      assert.deepEqual(
        body.vector_layers.map((l) => l.id),
        ['schools'],
      );
    });

    test('the fields of each layer are the properties its tiles carry', async () => {
      for (const layer of layers) {
        const { body } = await api.json<TileJson>(`/tiles/${layer.id}.json`);
        const seen = new Set<string>();
        for (const { z, x, y } of tilesOver(TERRITORY, 6)) {
          const res = await api.request(`/tiles/${layer.id}/${z}/${x}/${y}.mvt`);
          const decoded = decodeTile(new Uint8Array(await res.arrayBuffer()), z, x, y);
          for (const f of decoded.get(layer.id) ?? [])
            for (const key of Object.keys(f.properties)) seen.add(key);
        }
        const fields = Object.keys(body.vector_layers[0]?.fields ?? {});
        for (const key of seen) assert.ok(fields.includes(key), `${layer.id}: ${key} is not a field`);
        // Every field shows up in some tile, but those that may be null everywhere in the sample.
        const missing = fields.filter((f) => !seen.has(f));
        assert.ok(missing.length <= 2, `${layer.id}: fields no tile carries: ${missing.join(', ')}`);
      }
    });

    test('layers.json describes every layer, its tiles holding them all', async () => {
      const { status, body } = await api.json<TileJson>('/tiles/layers.json');
      assert.equal(status, 200);
      assert.deepEqual(
        body.vector_layers.map((l) => l.id),
        layers.map((l) => l.id),
      );
      const url = new URL((body.tiles[0] ?? '').replace('{z}/{x}/{y}', '6/61/36'));
      const res = await api.request(url.pathname + url.search);
      assert.equal(res.status, 200);
      const decoded = decodeTile(new Uint8Array(await res.arrayBuffer()), 6, 61, 36);
      assert.ok(decoded.size >= 5, `layers in the tile: ${[...decoded.keys()].join(', ')}`);
    });

    test('TileJSON has an ETag from the data version: 304 when unchanged', async () => {
      const first = await api.request('/tiles/po-boxes.json');
      const etag = first.headers.get('etag') ?? '';
      const again = await api.request('/tiles/po-boxes.json', { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });
  });
}
