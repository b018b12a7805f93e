// One definition per figure (issue 9): for every seeded settlement and school, the ranked gaps,
// the places, "what can I get here" at its coordinates and the key figures say the same thing:
// the same covered flags, the same distances (within 1 m at a spot), totals that are the sums.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeatureCollection, Point } from 'geojson';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { GapTotals, RankedGap } from '../gaps/queries.ts';
import type { HereAnswer } from '../here/queries.ts';
import type { CommuneFigures, Figures } from '../stats/figures.ts';

interface Place {
  kind: 'settlement' | 'school';
  id: number;
  name: string;
  communeInsee: string;
  inhabitants: number | null;
  pupils: number | null;
  fibre: boolean;
  g4: boolean;
  mobile: boolean;
  distanceFibreM: number | null;
  distance4gM: number | null;
  distanceMobileM: number | null;
}
type Flag = 'fibre' | 'g4' | 'mobile';
const technologies = [
  { technology: 'fibre', flag: 'fibre', distance: 'distanceFibreM' },
  { technology: '4g', flag: 'g4', distance: 'distance4gM' },
  { technology: 'mobile', flag: 'mobile', distance: 'distanceMobileM' },
] as const;

const key = (p: { kind: string; id: number }) => `${p.kind}-${p.id}`;
const sum = (places: Place[], count: (p: Place) => number | null) =>
  places.reduce((n, p) => n + (count(p) ?? 0), 0);

for (const backend of testBackends()) {
  describe(`every figure agrees across gaps, here and stats on the seeded data (${backend})`, () => {
    const api = useApi(backend);
    const loaded: { places: Place[]; coordinates: Map<string, [number, number]> } = {
      places: [],
      coordinates: new Map(),
    };
    const places = async () => {
      if (loaded.places.length > 0) return loaded.places;
      const { body } = await api.json<FeatureCollection<Point, Place>>('/api/gaps/places');
      loaded.places = body.features.map((f) => f.properties);
      for (const f of body.features) {
        loaded.coordinates.set(key(f.properties), f.geometry.coordinates as [number, number]);
      }
      return loaded.places;
    };

    test('each place counts inhabitants or pupils, never both; covered is distance 0', async () => {
      const all = await places();
      assert.ok(all.length > 500, `${all.length} places`);
      for (const p of all) {
        assert.equal(p.kind === 'settlement', p.inhabitants !== null, key(p));
        assert.equal(p.kind === 'school', p.pupils !== null, key(p));
        for (const { flag, distance } of technologies)
          assert.equal(p[flag], p[distance] === 0, `${key(p)} ${flag}`);
      }
    });

    for (const { technology, flag, distance } of technologies) {
      test(`${technology}: the ranked gaps are exactly the uncovered places, with the same distances`, async () => {
        const all = await places();
        const { body } = await api.json<{ totals: GapTotals; ranked: RankedGap[] }>(
          `/api/gaps?technology=${technology}`,
        );
        const uncovered = all.filter((p) => !p[flag as Flag]);
        assert.deepEqual(body.ranked.map(key).sort(), uncovered.map(key).sort());
        const byKey = new Map(all.map((p) => [key(p), p]));
        for (const gap of body.ranked) {
          const place = byKey.get(key(gap));
          assert.equal(gap.distanceM, place?.[distance], key(gap));
          assert.deepEqual(
            [gap.inhabitants, gap.pupils, gap.distanceFibreM, gap.distance4gM, gap.distanceMobileM],
            [
              place?.inhabitants,
              place?.pupils,
              place?.distanceFibreM,
              place?.distance4gM,
              place?.distanceMobileM,
            ],
            key(gap),
          );
        }
        // Ranked among their own kind: 1, 2, 3 … for settlements and for schools, by their own count.
        for (const kind of ['settlement', 'school'] as const) {
          const own = body.ranked.filter((g) => g.kind === kind);
          assert.deepEqual(
            own.map((g) => g.rank),
            own.map((_, i) => i + 1),
          );
          const counts = own.map((g) => (kind === 'settlement' ? g.inhabitants : g.pupils) ?? -1);
          assert.deepEqual(
            counts,
            [...counts].sort((a, b) => b - a),
            `${kind}s by their own count`,
          );
        }
        const settlements = all.filter((p) => p.kind === 'settlement');
        const schools = all.filter((p) => p.kind === 'school');
        const covered = (list: Place[]) => list.filter((p) => p[flag as Flag]);
        assert.deepEqual(body.totals.population, {
          total: sum(settlements, (p) => p.inhabitants),
          covered: sum(covered(settlements), (p) => p.inhabitants),
          uncovered: sum(settlements, (p) => p.inhabitants) - sum(covered(settlements), (p) => p.inhabitants),
        });
        assert.equal(
          body.totals.pupils.total,
          sum(schools, (p) => p.pupils),
        );
        assert.equal(
          body.totals.pupils.covered,
          sum(covered(schools), (p) => p.pupils),
        );
        assert.equal(body.totals.schools.covered, covered(schools).length);
        assert.equal(body.totals.settlements.covered, covered(settlements).length);
      });
    }

    test('what can I get here, at every place, says what the gaps say', async () => {
      const all = await places();
      const disagreements: string[] = [];
      const check = async (p: Place) => {
        const [lon, lat] = loaded.coordinates.get(key(p)) ?? [0, 0];
        const { status, body } = await api.json<HereAnswer>(`/api/here?lon=${lon}&lat=${lat}`);
        assert.equal(status, 200);
        for (const { flag, distance } of technologies) {
          const [mine, theirs] = [body.coverage[distance], p[distance]];
          const far = mine === null || theirs === null ? mine !== theirs : Math.abs(mine - theirs) > 1;
          if (body.coverage[flag] !== p[flag] || far) {
            disagreements.push(
              `${p.name} (${key(p)}) ${flag}: here ${body.coverage[flag]}/${mine} m, gaps ${p[flag]}/${theirs} m`,
            );
          }
        }
        // The zone at the spot tells the same story as the flag.
        if (p.fibre !== (body.fibre.status === 'deployed')) {
          disagreements.push(`${p.name} (${key(p)}): fibre ${p.fibre} but zone status ${body.fibre.status}`);
        }
      };
      const concurrency = backend === 'server' ? 4 : 1;
      for (let i = 0; i < all.length; i += concurrency)
        await Promise.all(all.slice(i, i + concurrency).map(check));
      assert.deepEqual(disagreements.slice(0, 10), [], `${disagreements.length} disagreements`);
    });

    test('the key figures of every commune, province and the territory are sums over the places', async () => {
      const all = await places();
      const { body } = await api.json<{
        territory: Figures;
        provinces: (Figures & { code: string })[];
        communes: CommuneFigures[];
      }>('/api/stats/communes');
      const expected = (list: Place[]) => {
        const settlements = list.filter((p) => p.kind === 'settlement');
        const covered = (flag: Flag) =>
          sum(
            settlements.filter((p) => p[flag]),
            (p) => p.inhabitants,
          );
        return [sum(settlements, (p) => p.inhabitants), covered('fibre'), covered('g4'), covered('mobile')];
      };
      const actual = (f: Figures) => [f.population, f.fibre.covered, f.g4.covered, f.mobile.covered];
      for (const commune of body.communes) {
        assert.deepEqual(
          actual(commune),
          expected(all.filter((p) => p.communeInsee === commune.insee)),
          commune.name,
        );
      }
      for (const province of body.provinces) {
        const insees = new Set(body.communes.filter((c) => c.province === province.code).map((c) => c.insee));
        assert.deepEqual(
          actual(province),
          expected(all.filter((p) => insees.has(p.communeInsee))),
          province.code,
        );
      }
      assert.deepEqual(actual(body.territory), expected(all));
    });

    test('premises passed are those of the deployed fibre zones', async () => {
      const { body: stats } = await api.json<{ territory: Figures }>('/api/stats/communes');
      const { body: zones } = await api.json<FeatureCollection<null, { premisesPassed: number }>>(
        '/api/layers/fibre-zones?status=deployed',
      );
      assert.ok(zones.features.length > 0);
      assert.equal(
        stats.territory.premisesPassed,
        zones.features.reduce((n, f) => n + f.properties.premisesPassed, 0),
      );
    });
  });
}
