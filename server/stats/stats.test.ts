// Key figures: exact on the hand-checked commune; on the seeded territory, every level agrees
// with the census and with the gaps.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gapsCommune } from '../../tests/fixtures/gaps-commune.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { GapTotals } from '../gaps/queries.ts';
import type { CommuneFigures, Figures, ProvinceFigures } from './figures.ts';
import type { RolloutYear } from './yearly.ts';

interface StatsBody {
  territory: Figures & { yearly: RolloutYear[] };
  provinces: ProvinceFigures[];
  communes: CommuneFigures[];
}

for (const backend of testBackends()) {
  describe(`key figures on a hand-checked commune (${backend})`, () => {
    const api = useApi(backend, gapsCommune);

    test('one commune: shares, premises, Wi-Fi, PO boxes per 1,000, schools and the yearly series', async () => {
      const { status, body } = await api.json<CommuneFigures & { yearly: RolloutYear[] }>(
        '/api/stats/communes/98818',
      );
      assert.equal(status, 200);
      const { yearly, ...figures } = body;
      assert.deepEqual(figures, {
        insee: '98818',
        name: 'Nouméa',
        province: 'SUD',
        population: 1350,
        fibre: { covered: 1000, share: 0.7407 },
        g4: { covered: 1000, share: 0.7407 },
        mobile: { covered: 1000, share: 0.7407 },
        premisesPassed: 500,
        wifiTerminalsActive: 1,
        poBoxes: 270,
        poBoxesPer1000: 200,
        schoolsByConnection: { fibre: 0, dsl: 0, '4g': 0, satellite: 1, none: 0 },
      });
      assert.deepEqual(
        // Planned counts every zone of its planned year, deployed or not: 2019 planned 500, built 500.
        yearly.map((y) => [y.year, y.plannedPremises, y.deployedPremises, y.overduePremises]),
        [
          [2019, 500, 500, 0],
          [2020, 0, 0, 0],
          [2021, 0, 0, 0],
          [2022, 0, 0, 0],
          [2023, 0, 0, 0],
          [2024, 0, 0, 0],
          [2025, 0, 0, 0],
          [2026, 0, 0, 0],
          [2027, 120, 0, 0],
        ],
      );
    });

    test('the territory and its province are the sum of their communes', async () => {
      const { body } = await api.json<StatsBody>('/api/stats/communes');
      assert.equal(body.communes.length, 1);
      const { insee: _i, name: _n, province: _p, ...commune } = body.communes[0]!;
      const { yearly: _y, ...territory } = body.territory;
      assert.deepEqual(territory, commune);
      assert.deepEqual(
        body.provinces.map((p) => [p.code, p.population, p.premisesPassed]),
        [['SUD', 1350, 500]],
      );
    });

    test('an unknown commune is a 404, a malformed code a 400', async () => {
      assert.equal((await api.request('/api/stats/communes/98899')).status, 404);
      assert.equal((await api.request('/api/stats/communes/Noumea')).status, 400);
    });
  });

  describe(`key figures and gaps on the seeded territory (${backend})`, () => {
    const api = useApi(backend);

    test('all 33 communes, the 2019 census total, three provinces adding up', async () => {
      const { body } = await api.json<StatsBody>('/api/stats/communes');
      assert.equal(body.communes.length, 33);
      assert.equal(body.territory.population, 271_407);
      assert.equal(
        body.provinces.reduce((n, p) => n + p.population, 0),
        271_407,
      );
      const sum = (key: 'premisesPassed' | 'poBoxes' | 'wifiTerminalsActive') =>
        body.communes.reduce((n, c) => n + c[key], 0);
      assert.equal(sum('premisesPassed'), body.territory.premisesPassed);
      assert.equal(sum('poBoxes'), body.territory.poBoxes);
      assert.equal(sum('wifiTerminalsActive'), body.territory.wifiTerminalsActive);
    });

    test('lists the communes in French order, as /api/communes does', async () => {
      const { body } = await api.json<StatsBody>('/api/stats/communes');
      const names = body.communes.map((c) => c.name);
      assert.deepEqual(names, [...names].sort(new Intl.Collator('fr').compare));
      assert.ok(names.indexOf('Île des Pins') < names.indexOf('Kaala-Gomen'), names.join(', '));
    });

    test('per commune and technology, covered + uncovered = the commune population', async () => {
      const communes = (
        await api.json<{ communes: { insee: string; population2019: number }[] }>('/api/communes')
      ).body.communes;
      for (const technology of ['fibre', '4g', 'mobile']) {
        for (const { insee, population2019 } of communes) {
          const { body } = await api.json<{ totals: GapTotals }>(
            `/api/gaps?technology=${technology}&commune=${insee}&limit=1`,
          );
          const { total, covered, uncovered } = body.totals.population;
          assert.equal(total, population2019, `${technology} ${insee}: total`);
          assert.equal(covered + uncovered, population2019, `${technology} ${insee}: covered + uncovered`);
        }
      }
    });

    test('the people in white zones are exactly those no mobile service reaches', async () => {
      const white = await api.json<{ features: { properties: { population: number; areaKm2: number } }[] }>(
        '/api/gaps/white-zones',
      );
      const mobile = await api.json<{ totals: GapTotals }>('/api/gaps?technology=mobile&limit=1');
      const inWhite = white.body.features.reduce((n, f) => n + f.properties.population, 0);
      assert.equal(inWhite, mobile.body.totals.population.uncovered);
      assert.ok(white.body.features.length > 0, 'the sample has white zones');
      assert.ok(white.body.features.every((f) => f.properties.areaKm2 > 0));
    });

    test('a commune whose people all have 4G returns an empty list, not an error', async () => {
      const { status, body } = await api.json<{ ranked: unknown[]; totals: GapTotals }>(
        '/api/gaps?technology=4g&commune=98818',
      );
      assert.equal(status, 200);
      assert.equal(body.totals.population.uncovered, 0);
      assert.deepEqual(body.ranked, []);
    });
  });
}
