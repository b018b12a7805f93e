// Editing every editable layer over the API (issue 10, items 3 to 5), on both backends: a planner
// draws, reshapes, deletes and restores a point, a line or an area of each layer; the server
// derives the commune from the geometry and measures what is measured (a cable's length), checks
// the geometry (its type, validity, New Caledonia) and each attribute against the layer's schema,
// and records each change in the history. A stored state is what the API answers afterwards.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { length, lineString } from '@turf/turf';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';
import { line, point, sampleChanges, sampleFeatures, square } from '../../tests/fixtures/layer-features.ts';
import type { EditableLayer } from './layer-payloads.ts';

type Position = [number, number];
type Geometry = { type: string; coordinates: unknown };

interface Case {
  layer: EditableLayer;
  reshaped: Geometry;
  storedType: string;
  /** A property value the schema refuses, and the parameter the 400 names. */
  wrong: [Record<string, unknown>, string];
  /** A geometry of another type than the layer's. */
  otherType: Geometry;
}

const cases: Case[] = [
  {
    layer: 'fibre-zones',
    reshaped: square(166.46, -22.27, 0.006),
    storedType: 'MultiPolygon',
    wrong: [{ status: 'finished' }, 'properties.status'],
    otherType: point(166.456, -22.274),
  },
  {
    layer: 'fibre-cables',
    reshaped: line([166.44, -22.28], [166.47, -22.26]),
    storedType: 'LineString',
    wrong: [{ kind: 'submarine' }, 'properties.kind'],
    otherType: square(166.455, -22.275),
  },
  {
    layer: 'mobile-coverage',
    reshaped: {
      type: 'MultiPolygon',
      coordinates: [square(166.45, -22.26).coordinates, square(166.46, -22.25, 0.002).coordinates],
    },
    storedType: 'MultiPolygon',
    wrong: [{ technology: '6g' }, 'properties.technology'],
    otherType: line([166.44, -22.28], [166.45, -22.275]),
  },
  {
    layer: 'mobile-sites',
    reshaped: point(166.458, -22.266),
    storedType: 'Point',
    wrong: [{ technologies: ['4g', '4g'] }, 'properties.technologies'],
    otherType: line([166.44, -22.28], [166.45, -22.275]),
  },
  {
    layer: 'po-boxes',
    reshaped: point(166.447, -22.27),
    storedType: 'Point',
    wrong: [{ boxes: 12.5 }, 'properties.boxes'],
    otherType: square(166.455, -22.275),
  },
  {
    layer: 'schools',
    reshaped: point(166.451, -22.269),
    storedType: 'Point',
    wrong: [{ pupils: -3 }, 'properties.pupils'],
    otherType: square(166.455, -22.275),
  },
];

interface Feature {
  id: number;
  geometry: Geometry;
  properties: Record<string, unknown> & { version: number; communeInsee: string };
}
interface HistoryEntry {
  id: number;
  operation: string;
  version: number;
  author: string | null;
  before: unknown;
  after: unknown;
}

for (const backend of testBackends()) {
  describe(`editing every layer's geometry and attributes (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    before(async () => {
      planner = await signedIn(api, 'planner@opt.nc', 'planner');
    });
    const errorOf = async (res: Response) => (await res.json()) as { detail: string; parameter?: string };

    for (const { layer, ...c } of cases) {
      const { geometry: drawn, properties } = sampleFeatures[layer];
      const change = sampleChanges[layer];
      test(`${layer}: draw, reshape, change, delete and restore, each in the history`, async () => {
        const base = `/api/layers/${layer}/features`;
        const created = await planner.send('POST', base, {
          type: 'Feature',
          geometry: drawn,
          properties: properties,
        });
        assert.equal(created.status, 201, await created.clone().text());
        const feature = (await created.json()) as Feature;
        assert.equal(feature.geometry.type, c.storedType);
        assert.equal(feature.properties.communeInsee, '98818', 'the commune is the one the feature is in');
        assert.equal(feature.properties.version, 1);
        for (const [name, value] of Object.entries(properties)) {
          assert.deepEqual(feature.properties[name], value, `${name} as sent`);
        }
        const read = await api.request(`${base}/${feature.id}`);
        assert.equal(read.headers.get('etag'), '"v1"');

        const reshaped = await planner.send(
          'PATCH',
          `${base}/${feature.id}`,
          { geometry: c.reshaped },
          { 'if-match': '"v1"' },
        );
        assert.equal(reshaped.status, 200, await reshaped.clone().text());
        const after = (await reshaped.json()) as Feature;
        assert.equal(after.properties.version, 2);
        assert.notDeepEqual(after.geometry, feature.geometry, 'the new shape is stored');
        assert.equal(after.geometry.type, c.storedType);

        const changed = await planner.send(
          'PATCH',
          `${base}/${feature.id}`,
          { properties: change },
          { 'if-match': '"v2"' },
        );
        assert.equal(changed.status, 200, await changed.clone().text());
        const third = (await changed.json()) as Feature;
        for (const [name, value] of Object.entries(change)) assert.deepEqual(third.properties[name], value);
        assert.deepEqual(third.geometry, after.geometry, 'a change of attributes keeps the shape');

        const deleted = await planner.send('DELETE', `${base}/${feature.id}`, undefined, {
          'if-match': '"v3"',
        });
        assert.equal(deleted.status, 200);
        assert.equal((await api.request(`${base}/${feature.id}`)).status, 404);
        const gone = (await (await planner.send('GET', `/api/layers/${layer}/deleted`)).json()) as {
          deleted: { featureId: number }[];
        };
        assert.ok(
          gone.deleted.some((d) => d.featureId === feature.id),
          'listed among the deleted features',
        );

        const history = (
          (await (await planner.send('GET', `${base}/${feature.id}/history`)).json()) as {
            history: HistoryEntry[];
          }
        ).history;
        assert.deepEqual(
          history.map((h) => h.operation),
          ['delete', 'update', 'update', 'create'],
        );
        assert.ok(history.every((h) => h.author === 'planner@opt.nc'));
        const lastState = history[1];
        assert.ok(lastState);
        const restored = await planner.send('POST', `${base}/${feature.id}/restore`, {
          historyId: lastState.id,
        });
        assert.equal(restored.status, 200, await restored.clone().text());
        const back = (await restored.json()) as Feature;
        assert.equal(back.properties.version, 4);
        assert.deepEqual(back.geometry, third.geometry);
        for (const [name, value] of Object.entries(change)) assert.deepEqual(back.properties[name], value);
      });

      test(`${layer}: a geometry of another type, or a value the schema refuses, is a 400 naming it`, async () => {
        const base = `/api/layers/${layer}/features`;
        const countBefore = (await api.json<{ features: unknown[] }>(`/api/layers/${layer}`)).body.features
          .length;
        const wrongType = await planner.send('POST', base, {
          type: 'Feature',
          geometry: c.otherType,
          properties: properties,
        });
        assert.equal(wrongType.status, 400);
        assert.match((await errorOf(wrongType)).parameter ?? '', /^geometry/);
        const wrongValue = await planner.send('POST', base, {
          type: 'Feature',
          geometry: drawn,
          properties: { ...properties, ...c.wrong[0] },
        });
        assert.equal(wrongValue.status, 400);
        assert.equal((await errorOf(wrongValue)).parameter, c.wrong[1]);
        const countAfter = (await api.json<{ features: unknown[] }>(`/api/layers/${layer}`)).body.features
          .length;
        assert.equal(countAfter, countBefore, 'nothing was written');
      });
    }

    test("a cable's length is measured from its line, again after a reshape", async () => {
      const drawn = line([166.44, -22.28], [166.45, -22.275], [166.46, -22.27]);
      const res = await planner.send('POST', '/api/layers/fibre-cables/features', {
        type: 'Feature',
        geometry: drawn,
        properties: { name: 'Câble mesuré', kind: 'backbone', status: 'planned' },
      });
      const cable = (await res.json()) as Feature;
      const expected = (g: Geometry) => length(lineString(g.coordinates as Position[]), { units: 'meters' });
      assert.ok(Math.abs((cable.properties.lengthM as number) - expected(drawn)) < 0.01 * expected(drawn));
      const longer = line([166.44, -22.28], [166.5, -22.24]);
      const moved = (await (
        await planner.send(
          'PATCH',
          `/api/layers/fibre-cables/features/${cable.id}`,
          { geometry: longer },
          { 'if-match': '"v1"' },
        )
      ).json()) as Feature;
      assert.ok(Math.abs((moved.properties.lengthM as number) - expected(longer)) < 0.01 * expected(longer));
    });

    test('an area crossing itself, or at sea, is refused with the reason', async () => {
      const bowtie = {
        type: 'Polygon',
        coordinates: [
          [
            [166.45, -22.27],
            [166.46, -22.26],
            [166.46, -22.27],
            [166.45, -22.26],
            [166.45, -22.27],
          ],
        ],
      };
      const properties = {
        name: 'Zone croisée',
        status: 'planned',
        plannedYear: 2027,
        deployedOn: null,
        premisesPassed: 1,
      };
      const crossed = await planner.send('POST', '/api/layers/fibre-zones/features', {
        type: 'Feature',
        geometry: bowtie,
        properties,
      });
      assert.equal(crossed.status, 400);
      const body = await errorOf(crossed);
      assert.equal(body.parameter, 'geometry');
      assert.match(body.detail, /not valid \(Self-intersection/);
      const atSea = await planner.send('POST', '/api/layers/fibre-zones/features', {
        type: 'Feature',
        geometry: square(167.0, -21.3),
        properties,
      });
      const sea = await errorOf(atSea);
      assert.equal(atSea.status, 400, JSON.stringify(sea));
      assert.match(JSON.stringify(sea), /in no commune/);
    });

    test('a rule between two attributes is a 400 naming the one to fix', async () => {
      const zone = await planner.send('POST', '/api/layers/fibre-zones/features', {
        type: 'Feature',
        geometry: square(166.455, -22.275),
        properties: {
          name: 'Zone sans date',
          status: 'deployed',
          plannedYear: 2026,
          deployedOn: null,
          premisesPassed: 10,
        },
      });
      assert.equal(zone.status, 400);
      assert.equal((await errorOf(zone)).parameter, 'properties.deployedOn');
      const boxes = await planner.send('POST', '/api/layers/po-boxes/features', {
        type: 'Feature',
        geometry: point(166.445, -22.272),
        properties: {
          name: 'Îlot trop plein',
          boxes: 10,
          boxesInUse: 11,
          status: 'planned',
          installedOn: null,
        },
      });
      assert.equal(boxes.status, 400);
      assert.equal((await errorOf(boxes)).parameter, 'properties.boxesInUse');
    });
  });
}
