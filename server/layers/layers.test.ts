// GET /api/layers and /api/layers/:id over both backends, on a fixture with known answers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { NORTH_BBOX, twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';

interface Catalogue {
  layers: { id: string; featureCount: number; extent: number[] | null; attributes: { name: string }[] }[];
}

for (const backend of testBackends()) {
  describe(`layers API (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    test('the catalogue lists the five infrastructure layers with counts and extents', async () => {
      const { status, body } = await api.json<Catalogue>('/api/layers');
      assert.equal(status, 200);
      const byId = new Map(body.layers.map((l) => [l.id, l]));
      for (const id of [
        'fibre-zones',
        'fibre-cables',
        'mobile-coverage',
        'mobile-sites',
        'po-boxes',
        'wifi-terminals',
        'schools',
      ]) {
        assert.ok(byId.has(id), `catalogue lacks ${id}`);
      }
      assert.equal(byId.get('wifi-terminals')?.featureCount, 3);
      assert.equal(byId.get('communes')?.featureCount, 2);
      assert.deepEqual(byId.get('communes')?.extent, [166.4, -22.3, 166.5, -22.1]);
      assert.deepEqual(
        byId.get('schools')?.attributes.map((a) => a.name),
        ['name', 'level', 'pupils', 'connection', 'connectedOn'],
      );
    });

    test('a layer is a FeatureCollection with its attributes and commune', async () => {
      const res = await api.request('/api/layers/wifi-terminals');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/geo\+json/);
      const fc = (await res.json()) as FeatureCollection;
      assert.equal(fc.type, 'FeatureCollection');
      assert.deepEqual(
        fc.features.map((f) => f.properties?.siteName),
        ['Place Centrale', 'Marina', 'Mairie <b>Nord</b>'],
      );
      const first = fc.features[0];
      assert.deepEqual(first?.geometry, { type: 'Point', coordinates: [166.452, -22.252] });
      assert.equal(first?.properties?.communeName, 'Nouméa');
      assert.equal(first?.properties?.inServiceSince, '2021-01-15');
      assert.equal(first?.properties?.source, 'sample');
    });

    test('bbox keeps only features that meet it', async () => {
      const { body } = await api.json<FeatureCollection>(`/api/layers/wifi-terminals?bbox=${NORTH_BBOX}`);
      assert.deepEqual(
        body.features.map((f) => f.properties?.siteName),
        ['Mairie <b>Nord</b>'],
      );
    });

    test('commune and status filters combine', async () => {
      const both = await api.json<FeatureCollection>('/api/layers/wifi-terminals?status=active,maintenance');
      assert.equal(both.body.features.length, 2);
      const one = await api.json<FeatureCollection>(
        '/api/layers/wifi-terminals?status=active,planned&commune=98805',
      );
      assert.deepEqual(
        one.body.features.map((f) => f.properties?.siteName),
        ['Mairie <b>Nord</b>'],
      );
      const none = await api.json<FeatureCollection>('/api/layers/fibre-zones?status=works');
      assert.equal(none.status, 200);
      assert.deepEqual(none.body.features, []);
    });

    test('mobile coverage is derived from on-air sites only, clipped to each commune', async () => {
      const { body } = await api.json<FeatureCollection>('/api/layers/mobile-coverage?technology=4g');
      const keys = body.features.map((f) => `${f.properties?.communeInsee}/${f.properties?.level}`).sort();
      // The southern 4G site stands 5.5 km from the northern commune: beyond 'good' (4 km), within
      // 'fair' (8 km). The planned northern site counts for nothing.
      assert.deepEqual(keys, ['98805/fair', '98818/fair', '98818/good']);
      const twoG = await api.json<FeatureCollection>(
        '/api/layers/mobile-coverage?technology=2g&commune=98805',
      );
      assert.ok(twoG.body.features.length > 0);
    });

    test('zoom rounds coordinates to the pixel size', async () => {
      const low = await api.json<FeatureCollection<MultiPolygon>>('/api/layers/mobile-coverage?zoom=6');
      const high = await api.json<FeatureCollection<MultiPolygon>>('/api/layers/mobile-coverage?zoom=15');
      const decimals = (fc: FeatureCollection<MultiPolygon>) =>
        Math.max(
          ...fc.features
            .flatMap((f) => f.geometry.coordinates.flat(3))
            .map((x) => String(x).split('.')[1]?.length ?? 0),
        );
      const vertices = (fc: FeatureCollection<MultiPolygon>) =>
        fc.features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);
      assert.ok(decimals(low.body) <= 4, `zoom 6 has ${decimals(low.body)} decimals`);
      assert.ok(decimals(high.body) > 4);
      assert.ok(vertices(low.body) < vertices(high.body), 'zoom 6 should simplify the coverage rings');
    });

    test('responses carry an ETag, Cache-Control and honour If-None-Match', async () => {
      const first = await api.request('/api/layers/schools');
      const tag = first.headers.get('etag');
      assert.ok(tag);
      assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
      const again = await api.request('/api/layers/schools', { headers: { 'If-None-Match': tag } });
      assert.equal(again.status, 304);
    });

    test('large responses are compressed when the client accepts it', async () => {
      const res = await api.request('/api/layers/mobile-coverage', {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      assert.equal(res.headers.get('content-encoding'), 'gzip');
    });

    test('health names the backend and counts features', async () => {
      const { status, body } = await api.json<{
        status: string;
        backend: string;
        counts: Record<string, number>;
      }>('/api/health');
      assert.equal(status, 200);
      assert.equal(body.status, 'ok');
      assert.equal(body.backend, backend);
      assert.equal(body.counts['schools'], 2);
      assert.equal(body.counts['fibre-zones'], 2);
    });

    test('config says the data is sample data', async () => {
      const { body } = await api.json<{
        sampleData: boolean;
        sampleLayers: string[];
        basemapStyleUrl: string | null;
        asOf: string;
      }>('/api/config');
      // Which layers are sample (the fixture has some of each but cables and sites), and the day it
      // stands at, the fixture's as-of date.
      assert.equal(body.sampleData, true);
      assert.ok(body.sampleLayers.includes('wifi-terminals') && body.sampleLayers.includes('schools'));
      assert.deepEqual(
        { ...body, sampleLayers: undefined },
        { sampleData: true, sampleLayers: undefined, basemapStyleUrl: null, asOf: '2026-06-30' },
      );
    });
  });
}
