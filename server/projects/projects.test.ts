// Projects and works coordination on a fixture with known answers, on both backends.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeatureCollection, Feature } from 'geojson';
import { works } from '../../tests/fixtures/works.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { CoordinationPair } from './coordination.ts';

const titles = (fc: FeatureCollection) => fc.features.map((f) => f.properties?.['title']);

for (const backend of testBackends()) {
  describe(`projects (${backend})`, () => {
    const api = useApi(backend, works);

    test('a commune lists its projects in planned order, with schedule and slippage', async () => {
      const { status, body } = await api.json<FeatureCollection>('/api/projects?commune=98818');
      assert.equal(status, 200);
      assert.deepEqual(titles(body), [
        'Ligne électrique rue B',
        'Raccordement terminé',
        'Tranchée fibre rue A',
        'Conduite d’eau rue A',
        'Réfection chaussée transversale',
      ]);
      const done = body.features.find((f) => f.properties?.['status'] === 'done')?.properties;
      assert.equal(done?.['actualEnd'], '2026-05-20');
      assert.equal(done?.['endSlipDays'], 20);
      assert.equal(done?.['startSlipDays'], 14);
    });

    test('status, kind and period filters combine', async () => {
      const late = await api.json<FeatureCollection>('/api/projects?status=delayed');
      assert.deepEqual(titles(late.body), ['Nouveau site mobile Nord']);
      assert.equal(late.body.features[0]?.properties?.['slippageReason'], 'Accord foncier en cours');
      const trench = await api.json<FeatureCollection>(
        '/api/projects?kind=water,roads&from=2026-01-01&to=2026-12-31',
      );
      assert.deepEqual(titles(trench.body), ['Conduite d’eau rue A']);
      const spring2027 = await api.json<FeatureCollection>('/api/projects?from=2027-04-01');
      assert.deepEqual(titles(spring2027.body), ['Réfection chaussée transversale']);
    });

    test('one project has its own link', async () => {
      const list = await api.json<FeatureCollection>('/api/projects?kind=fibre_works');
      const id = list.body.features[0]?.id;
      const { status, body } = await api.json<Feature>(`/api/projects/${id}`);
      assert.equal(status, 200);
      assert.equal(body.properties?.['title'], 'Tranchée fibre rue A');
      assert.deepEqual([body.properties?.['layerId'], body.properties?.['featureId']], ['fibre-zones', 1]);
      assert.equal((await api.request('/api/projects/999')).status, 404);
    });

    test('coordination pairs the trench and the water main 30 m apart, for their shared months still to come', async () => {
      const { status, body } = await api.json<{ distanceM: number; pairs: CoordinationPair[] }>(
        '/api/communes/98818/coordination',
      );
      assert.equal(status, 200);
      assert.equal(body.distanceM, 50);
      assert.deepEqual(
        body.pairs.map((p) => [p.a.title, p.b.title, p.distanceM, p.sharedPeriod]),
        // Both run from June to August; the data stands at 30 June, so the window opens then.
        [['Tranchée fibre rue A', 'Conduite d’eau rue A', 30, { start: '2026-06-30', end: '2026-08-31' }]],
      );
    });

    test('a wider distance brings in the power line 200 m away; the road a year later never pairs', async () => {
      const { body } = await api.json<{ pairs: CoordinationPair[] }>(
        '/api/communes/98818/coordination?distance=250',
      );
      const pairs = body.pairs.map((p) => `${p.a.title} + ${p.b.title} @ ${p.distanceM}`);
      assert.deepEqual(pairs, [
        'Tranchée fibre rue A + Conduite d’eau rue A @ 30',
        'Conduite d’eau rue A + Ligne électrique rue B @ 170',
        'Tranchée fibre rue A + Ligne électrique rue B @ 200',
      ]);
    });

    test('a commune with no works to pool gets an empty list', async () => {
      const { status, body } = await api.json<{ pairs: unknown[] }>('/api/communes/98805/coordination');
      assert.equal(status, 200);
      assert.deepEqual(body.pairs, []);
    });
  });
}
