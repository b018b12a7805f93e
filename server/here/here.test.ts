// GET /api/here: fibre, mobile and the nearest services at a spot; clear answers at sea and abroad.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as turf from '@turf/turf';
import { sql } from 'drizzle-orm';
import { twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { HereAnswer } from './queries.ts';

for (const backend of testBackends()) {
  describe(`what can I get here (${backend})`, () => {
    const api = useApi(backend, twoCommunes);
    const here = async (lon: number, lat: number) => {
      const { status, body } = await api.json<HereAnswer>(`/api/here?lon=${lon}&lat=${lat}`);
      assert.equal(status, 200);
      return body;
    };

    test('in the town centre: deployed fibre, every technology, services within a few hundred metres', async () => {
      const body = await here(166.45, -22.25);
      assert.equal(body.where, 'land');
      assert.equal(body.message, null);
      assert.deepEqual(body.commune, { insee: '98818', name: 'Nouméa', province: 'SUD' });
      assert.equal(body.fibre.status, 'deployed');
      assert.equal(body.fibre.zone?.name, 'Zone FTTH Centre');
      assert.deepEqual(
        body.mobile.map((m) => `${m.technology}:${m.level}`),
        ['2g:good', '3g:good', '4g:good', '5g:good'],
      );
      assert.equal(body.nearest.wifi?.name, 'Place Centrale');
      assert.equal(body.nearest.poBox?.name, 'Îlot Centre');
      assert.equal(body.nearest.school?.name, 'École du Centre');
      assert.ok((body.nearest.school?.distanceM ?? 1e9) < 200);
      assert.deepEqual(body.coverage, {
        fibre: true,
        g4: true,
        mobile: true,
        distanceFibreM: 0,
        distance4gM: 0,
        distanceMobileM: 0,
      });
    });

    test('the nearest services carry typed fields, not a `detail` string', async () => {
      const { nearest } = await here(166.45, -22.25);
      assert.equal(typeof nearest.wifi?.openingHours, 'string');
      assert.equal(typeof nearest.poBox?.boxes, 'number');
      assert.match(nearest.school?.connection ?? '', /^(fibre|dsl|4g|satellite|none)$/);
      for (const place of [nearest.wifi, nearest.poBox, nearest.school])
        assert.ok(!('detail' in (place ?? {})));
    });

    test("the fibre status is the zone's own: a zone under works says works", async () => {
      await api.db.rows(sql`UPDATE fibre_zones SET status = 'works' WHERE name = 'Zone FTTH Nord'`);
      try {
        const body = await here(166.45, -22.15);
        assert.equal(body.fibre.status, 'works');
        assert.equal(body.fibre.zone?.status, 'works');
        assert.equal(body.coverage.fibre, false);
      } finally {
        await api.db.rows(sql`UPDATE fibre_zones SET status = 'planned' WHERE name = 'Zone FTTH Nord'`);
      }
    });

    test('in the north: fibre planned with its year, no mobile service, the distance to fibre', async () => {
      const body = await here(166.45, -22.15);
      assert.equal(body.commune?.name, 'Dumbéa');
      assert.equal(body.fibre.status, 'planned');
      assert.equal(body.fibre.zone?.plannedYear, 2028);
      // The deployed zone's northern edge runs along 22.23° S, 0.08° (8.9 km) south of the spot.
      const expected = turf.distance([166.45, -22.15], [166.45, -22.23], { units: 'meters' });
      assert.ok(
        Math.abs((body.coverage.distanceFibreM ?? 0) - expected) < expected * 0.005,
        `${body.coverage.distanceFibreM}`,
      );
      assert.deepEqual(body.mobile, []);
    });

    test('at sea: a message, and the nearest services on land', async () => {
      const body = await here(166.3, -22.5);
      assert.equal(body.where, 'sea');
      assert.match(body.message?.fr ?? '', /en mer/);
      assert.match(body.message?.en ?? '', /at sea/);
      assert.equal(body.commune, null);
      assert.ok(body.nearest.wifi !== null);
    });

    test('outside New Caledonia: a message and nothing else', async () => {
      const body = await here(2.35, 48.85);
      assert.equal(body.where, 'outside');
      assert.match(body.message?.en ?? '', /outside New Caledonia/);
      assert.deepEqual(body.nearest, { wifi: null, poBox: null, school: null });
    });

    for (const query of ['', 'lon=166.45', 'lon=166.45&lat=north', 'lon=-181&lat=-22', 'lon=166&lat=91']) {
      test(`?${query} is a 400 with a message`, async () => {
        const res = await api.request(`/api/here?${query}`);
        assert.equal(res.status, 400);
        const body = (await res.json()) as { detail: string; parameter?: string };
        assert.match(body.detail, /lon|lat/);
        assert.match(body.parameter ?? '', /^(lon|lat)$/);
      });
    }
  });
}
