import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as turf from '@turf/turf';
import { insideExtent } from '../land.ts';
import { inArea } from '../point-placement.ts';
import { assertBetween, countBy, defaultSample } from '../sample-fixture.ts';
import { territory } from '../territory.ts';

const { fibreCables, fibreZones } = defaultSample();
const t = territory();

test('40–120 cables: the backbone plus distribution runs', () => {
  assertBetween(fibreCables.length, 40, 120, 'fibre cables');
  const kinds = countBy(fibreCables, (c) => c.kind);
  assert.equal(kinds.backbone, 11, 'ten west-coast segments and the Koné–Poindimié transversal');
  assertBetween(kinds.distribution ?? 0, 25, 110, 'distribution cables');
});

test('the backbone links neighbouring towns, town to town', () => {
  const names = fibreCables.filter((c) => c.kind === 'backbone').map((c) => c.name);
  for (const expected of ['Dorsale Nouméa–Païta', 'Dorsale Kaala-Gomen–Koumac', 'Dorsale Koné–Poindimié']) {
    assert.ok(names.includes(expected), expected);
  }
  for (const cable of fibreCables.filter((c) => c.kind === 'backbone')) {
    const [from, to] = cable.name.replace('Dorsale ', '').split('–');
    const coords = cable.geom.coordinates;
    assert.deepEqual(coords[0], t.communes.find((c) => c.name === from)?.townOnLand, cable.name);
    assert.deepEqual(
      coords[coords.length - 1],
      t.communes.find((c) => c.name === to)?.townOnLand,
      cable.name,
    );
  }
});

test('every vertex is inside the territory extent, no repeated vertices', () => {
  for (const c of fibreCables) {
    const coords = c.geom.coordinates;
    assert.ok(coords.length >= 2, c.name);
    coords.forEach((p, i) => {
      assert.ok(insideExtent(p), `${c.name}: vertex ${p.join(', ')} outside NC_EXTENT`);
      const q = coords[i + 1];
      assert.ok(!q || q[0] !== p[0] || q[1] !== p[1], `${c.name}: repeated vertex`);
    });
  }
});

test('lengthM is the geodesic length in metres', () => {
  for (const c of fibreCables) {
    assert.equal(c.lengthM, Math.round(turf.length(turf.feature(c.geom), { units: 'meters' })), c.name);
    assert.ok(c.lengthM > 0, c.name);
  }
});

test('communeInsee is the commune of the start point', () => {
  for (const c of fibreCables)
    assert.equal(t.communeAt(c.geom.coordinates[0]!)?.insee, c.communeInsee, c.name);
});

test('distribution runs stay inside a zone that is deployed or under works', () => {
  const active = fibreZones.filter((z) => z.status === 'deployed' || z.status === 'works');
  for (const c of fibreCables.filter((x) => x.kind === 'distribution')) {
    const zone = active.find(
      (z) =>
        c.name === `Distribution ${z.name.replace('Zone FTTH ', '')}` ||
        c.name.startsWith(`Distribution ${z.name.replace('Zone FTTH ', '')}-`),
    );
    assert.ok(zone, `${c.name} has no deployed or works zone`);
    for (const p of c.geom.coordinates)
      assert.ok(inArea(p, turf.feature(zone.geom)), `${c.name} leaves ${zone.name}`);
    assert.equal(c.status, zone.status === 'deployed' ? 'deployed' : 'planned', c.name);
  }
});
