// POST /api/gaps/area: figures inside a drawn polygon or a circle, and its refusals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SITE, gapsCommune } from '../../tests/fixtures/gaps-commune.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { AreaFigures } from './area.ts';
import { MAX_POSITIONS, MIN_RADIUS_M } from './params.ts';

const ring = (minLon: number, minLat: number, maxLon: number, maxLat: number) => [
  [minLon, minLat],
  [maxLon, minLat],
  [maxLon, maxLat],
  [minLon, maxLat],
  [minLon, minLat],
];

for (const backend of testBackends()) {
  describe(`area analysis (${backend})`, () => {
    const api = useApi(backend, gapsCommune);
    const post = async (body: unknown) => {
      const res = await api.request('/api/gaps/area', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json()) as AreaFigures & { parameter?: string; detail?: string },
      };
    };

    test('a 5 km circle round the site holds the covered centre only', async () => {
      const { status, body } = await post({ center: SITE, radiusM: 5000 });
      assert.equal(status, 200);
      assert.deepEqual(body, {
        areaKm2: 78.54,
        population: 1000,
        settlements: 1,
        tribus: 0,
        schools: 0,
        pupils: 0,
        covered: {
          fibre: { population: 1000, share: 1, schools: 0 },
          g4: { population: 1000, share: 1, schools: 0 },
          mobile: { population: 1000, share: 1, schools: 0 },
        },
      });
    });

    test('a polygon over the south of the commune holds the uncovered village', async () => {
      const { body } = await post({
        polygon: { type: 'Polygon', coordinates: [ring(166.4, -22.4, 166.6, -22.3)] },
      });
      assert.equal(body.population, 300);
      assert.equal(body.settlements, 1);
      assert.deepEqual(body.covered.fibre, { population: 0, share: 0, schools: 0 });
      assert.ok(body.areaKm2 > 220 && body.areaKm2 < 235, `area ${body.areaKm2}`);
    });

    test('the largest polygon allowed, 10 000 positions, is answered', async () => {
      const [lon, lat] = SITE;
      const n = MAX_POSITIONS - 1;
      const positions = Array.from({ length: n }, (_, i) => [
        lon + 0.05 * Math.cos((2 * Math.PI * i) / n),
        lat + 0.05 * Math.sin((2 * Math.PI * i) / n),
      ]);
      const { status, body } = await post({
        polygon: { type: 'Polygon', coordinates: [[...positions, positions[0]]] },
      });
      assert.equal(status, 200, JSON.stringify(body).slice(0, 200));
      assert.equal(body.population, 1000);
    });

    test('a circle of the smallest radius allowed, 1 m, is answered', async () => {
      const { status, body } = await post({ center: SITE, radiusM: MIN_RADIUS_M });
      assert.equal(status, 200);
      assert.equal(body.areaKm2, 0);
    });

    test('a JSON body with a charset or a +json type is read', async () => {
      for (const type of ['application/json; charset=utf-8', 'application/geo+json']) {
        const res = await api.request('/api/gaps/area', {
          method: 'POST',
          headers: { 'Content-Type': type },
          body: JSON.stringify({ center: SITE, radiusM: 5000 }),
        });
        assert.equal(res.status, 200, type);
      }
    });

    test('an empty area has shares of 0, not a division by zero', async () => {
      const { status, body } = await post({ center: [166.59, -22.39], radiusM: 100 });
      assert.equal(status, 200);
      assert.equal(body.population, 0);
      assert.equal(body.covered.g4.share, 0);
    });

    for (const [what, input, parameter] of [
      [
        'a self-intersecting polygon',
        {
          polygon: {
            type: 'Polygon',
            coordinates: [
              [
                [166.4, -22.4],
                [166.5, -22.3],
                [166.5, -22.4],
                [166.4, -22.3],
                [166.4, -22.4],
              ],
            ],
          },
        },
        'polygon',
      ],
      [
        'an open ring',
        {
          polygon: {
            type: 'Polygon',
            coordinates: [
              [
                [166.4, -22.4],
                [166.5, -22.3],
                [166.5, -22.4],
                [166.4, -22.3],
              ],
            ],
          },
        },
        'polygon.coordinates.0',
      ],
      ['a latitude out of range', { center: [166.4, -95], radiusM: 10 }, 'center.1'],
      ['a negative radius', { center: [166.4, -22.3], radiusM: -5 }, 'radiusM'],
      [
        'a point instead of a polygon',
        { polygon: { type: 'Point', coordinates: [166.4, -22.3] } },
        'polygon.type',
      ],
      ['no area at all', {}, undefined],
      ['malformed JSON', '{"center": [166.4,', undefined],
    ] as const) {
      test(`${what} is refused with a 400 that says why`, async () => {
        const { status, body } = await post(input);
        assert.equal(status, 400);
        assert.equal(typeof body.detail, 'string');
        if (parameter) assert.equal(body.parameter, parameter);
      });
    }
  });
}
