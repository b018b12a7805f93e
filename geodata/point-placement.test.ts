import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as turf from '@turf/turf';
import { flatKm, inArea, offsetKm, randomPointIn, randomPointNear, snapInside } from './point-placement.ts';
import { createRandom } from './random.ts';

// A 10 km square near Koné, and a point 2 km west of it, at sea.
const square = turf.polygon([
  [
    [164.9, -21.1],
    [164.996, -21.1],
    [164.996, -21.01],
    [164.9, -21.01],
    [164.9, -21.1],
  ],
]);
const offshore = offsetKm([164.9, -21.05], -2, 0);

test('inArea: inside, outside, and the boundary counts as outside', () => {
  assert.ok(inArea([164.95, -21.05], square));
  assert.ok(!inArea([165.5, -21.05], square));
  assert.ok(!inArea([164.9, -21.05], square));
});

test('offsetKm and flatKm agree with geodesic distance within 0.5%', () => {
  const p = offsetKm([166.44, -22.27], 3, 4);
  assert.ok(Math.abs(flatKm([166.44, -22.27], p) - 5) < 1e-9);
  assert.ok(Math.abs(turf.distance([166.44, -22.27], p) - 5) < 0.025);
});

test('snapInside keeps an inside point and pulls an offshore one just inside', () => {
  assert.deepEqual(snapInside([164.95, -21.05], square), [164.95, -21.05]);
  const snapped = snapInside(offshore, square);
  assert.ok(inArea(snapped, square));
  assert.ok(flatKm(snapped, offshore) < 2.2, `moved ${flatKm(snapped, offshore)} km`);
  // An area a metre wide has no room for the snapped point: better an error than a wrong point.
  const ribbon = turf.polygon([
    [
      [164.9, -21.1],
      [165, -21.1],
      [165, -21.09999],
      [164.9, -21.09999],
      [164.9, -21.1],
    ],
  ]);
  assert.throws(() => snapInside([164.95, -21.2], ribbon), /no point of the area/);
});

test('randomPointNear stays in the annulus and the area, or gives up with null', () => {
  const random = createRandom('near');
  for (let i = 0; i < 200; i++) {
    const p = randomPointNear(random, [164.95, -21.05], square, { minKm: 1, maxKm: 3 });
    assert.ok(p && inArea(p, square));
    const km = flatKm(p, [164.95, -21.05]);
    assert.ok(km >= 0.999 && km <= 3.001, `${km} km`);
  }
  assert.equal(randomPointNear(random, offshore, square, { maxKm: 0.5 }), null);
});

test('randomPointIn honours the extra condition and rounds to 6 decimals', () => {
  const random = createRandom('in');
  const p = randomPointIn(random, square, ([x]) => x > 164.98);
  assert.ok(p && p[0] > 164.98 && inArea(p, square));
  assert.ok(p.every((x) => Math.round(x * 1e6) / 1e6 === x));
  assert.equal(
    randomPointIn(random, square, () => false, 10),
    null,
  );
});
