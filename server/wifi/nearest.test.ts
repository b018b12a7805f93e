// GET /api/wifi/nearest: active terminals by distance on the ground; maintenance shown apart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as turf from '@turf/turf';
import { twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { NearbyTerminal } from './queries.ts';

interface NearestBody {
  origin: { lon: number; lat: number };
  terminals: NearbyTerminal[];
  unavailable: NearbyTerminal[];
}
const metres = (a: [number, number], b: [number, number]) => turf.distance(a, b, { units: 'meters' });

for (const backend of testBackends()) {
  describe(`nearest Wi-Fi (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    test('the working terminal in the town centre, at its distance on the ground', async () => {
      const { body } = await api.json<NearestBody>('/api/wifi/nearest?lon=166.45&lat=-22.25');
      assert.deepEqual(
        body.terminals.map((t) => [t.siteName, t.status, t.openingHours, t.communeName]),
        [['Place Centrale', 'active', '06:00–22:00', 'Nouméa']],
      );
      const expected = metres([166.45, -22.25], [166.452, -22.252]);
      assert.ok(Math.abs((body.terminals[0]?.distanceM ?? 0) - expected) <= expected * 0.005 + 1);
      assert.deepEqual(
        body.unavailable,
        [],
        'the marina, 3 km away, is farther than the nearest working one',
      );
    });

    test('a terminal under maintenance is listed apart, not as the nearest', async () => {
      const { body } = await api.json<NearestBody>('/api/wifi/nearest?lon=166.4605&lat=-22.2795&limit=5');
      assert.equal(body.terminals[0]?.siteName, 'Place Centrale');
      assert.deepEqual(
        body.unavailable.map((t) => [t.siteName, t.status]),
        [['Marina', 'maintenance']],
      );
      assert.ok((body.unavailable[0]?.distanceM ?? Infinity) < 100);
      assert.ok(
        body.terminals.every((t) => t.status === 'active'),
        'planned terminals never appear',
      );
    });

    test('nothing is listed twice and the list is in distance order', async () => {
      const { body } = await api.json<NearestBody>('/api/wifi/nearest?lon=166.45&lat=-22.15&limit=20');
      const distances = body.terminals.map((t) => t.distanceM);
      assert.deepEqual(
        distances,
        [...distances].sort((a, b) => a - b),
      );
      assert.equal(new Set(body.terminals.map((t) => t.id)).size, body.terminals.length);
    });

    for (const [query, parameter] of [
      ['lat=-22.25', 'lon'],
      ['lon=166.45', 'lat'],
      ['lon=east&lat=-22.25', 'lon'],
      ['lon=166.45&lat=-95', 'lat'],
      ['lon=190&lat=-22', 'lon'],
      ['lon=166.45&lat=-22.25&limit=0', 'limit'],
      ['lon=166.45&lat=-22.25&limit=21', 'limit'],
    ] as const) {
      test(`?${query} is a 400 naming ${parameter}`, async () => {
        const res = await api.request(`/api/wifi/nearest?${query}`);
        assert.equal(res.status, 400);
        assert.equal(((await res.json()) as { parameter: string }).parameter, parameter);
      });
    }
  });
}
