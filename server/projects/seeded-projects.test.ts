// The seeded works: every commune has some, links point at real features, works can be pooled.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FeatureCollection } from 'geojson';
import { projectLayers } from '../../db/schema.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { layersById } from '../layers/catalogue.ts';

for (const backend of testBackends()) {
  describe(`seeded projects (${backend})`, () => {
    const api = useApi(backend);

    test('every commune has projects, some late with a reason, some of other utilities', async () => {
      const { body } = await api.json<FeatureCollection>('/api/projects');
      const communes = new Set(body.features.map((f) => f.properties?.['communeInsee']));
      assert.equal(communes.size, 33);
      const late = body.features.filter((f) => f.properties?.['status'] === 'delayed');
      assert.ok(late.length > 0 && late.every((f) => String(f.properties?.['slippageReason']).length > 0));
      assert.ok(body.features.some((f) => ['power', 'water', 'roads'].includes(f.properties?.['kind'])));
      assert.ok(body.features.every((f) => f.properties?.['source'] === 'sample'));
    });

    test('each link names a feature of its layer in the same commune', async () => {
      for (const layerId of projectLayers) {
        const table = layersById.get(layerId)?.table;
        assert.ok(table);
        const broken = await api.db.rows(sql`
          SELECT p.id FROM projects p LEFT JOIN ${sql.identifier(table)} f ON f.id = p.feature_id
          WHERE p.layer_id = ${layerId} AND (f.id IS NULL OR f.commune_insee <> p.commune_insee)`);
        assert.deepEqual(broken, [], `${layerId}: projects linked to a missing feature`);
      }
    });

    test('somewhere in the territory, works could share a trench', async () => {
      const { body } = await api.json<{ communes: { insee: string }[] }>('/api/communes');
      let pairs = 0;
      for (const { insee } of body.communes) {
        const answer = await api.json<{ pairs: unknown[] }>(`/api/communes/${insee}/coordination`);
        pairs += answer.body.pairs.length;
      }
      assert.ok(pairs >= 5, `only ${pairs} pairs of works to pool`);
    });
  });
}
