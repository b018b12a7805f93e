// GET /api/communes and /api/communes/:insee, on the fixture and on the seeded sample.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Feature, MultiPolygon } from 'geojson';
import { SOUTH, twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { CommuneSummary } from './queries.ts';

for (const backend of testBackends()) {
  describe(`communes API on a fixture (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    test('lists communes with their key counts per layer', async () => {
      const { status, body } = await api.json<{ communes: CommuneSummary[] }>('/api/communes');
      assert.equal(status, 200);
      const north = body.communes.find((c) => c.insee === '98805');
      assert.ok(north);
      assert.equal(north.name, 'Dumbéa');
      assert.equal(north.population2019, 300);
      assert.deepEqual(north.town, [166.45, -22.15]);
      assert.deepEqual(north.bbox, [166.4, -22.2, 166.5, -22.1]);
      assert.equal(north.counts['wifi-terminals'], 1);
      assert.equal(north.counts['settlements'], 2);
      assert.equal(north.counts['fibre-zones'], 1);
    });

    test('one commune comes with its geometry', async () => {
      const { status, body } = await api.json<Feature<MultiPolygon>>('/api/communes/98818');
      assert.equal(status, 200);
      assert.equal(body.properties?.['name'], 'Nouméa');
      assert.deepEqual(body.geometry, SOUTH);
    });
  });

  describe(`communes API on the seeded sample (${backend})`, () => {
    const api = useApi(backend);

    test('all 33 communes are there, with the 2019 census total', async () => {
      const { body } = await api.json<{ communes: CommuneSummary[] }>('/api/communes');
      assert.equal(body.communes.length, 33);
      assert.equal(
        body.communes.reduce((sum, c) => sum + c.population2019, 0),
        271_407,
      );
      assert.ok(body.communes.every((c) => c.boundarySource === 'approximate'));
    });

    test('lists the communes in French order: "Île des Pins" under I, not last', async () => {
      const { body } = await api.json<{ communes: CommuneSummary[] }>('/api/communes');
      const names = body.communes.map((c) => c.name);
      assert.deepEqual(names, [...names].sort(new Intl.Collator('fr').compare));
      assert.deepEqual(names.slice(names.indexOf('Houaïlou'), names.indexOf('Houaïlou') + 3), [
        'Houaïlou',
        'Île des Pins',
        'Kaala-Gomen',
      ]);
    });

    test('every infrastructure layer holds sample features', async () => {
      const { body } = await api.json<{ counts: Record<string, number> }>('/api/health');
      for (const id of [
        'fibre-zones',
        'fibre-cables',
        'mobile-coverage',
        'mobile-sites',
        'po-boxes',
        'wifi-terminals',
        'schools',
      ]) {
        assert.ok((body.counts[id] ?? 0) > 0, `${id} is empty`);
      }
    });
  });
}
