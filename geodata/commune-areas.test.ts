import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as turf from '@turf/turf';
import { cleanMultiPolygon } from './polygons.ts';
import { inArea } from './point-placement.ts';
import { territory } from './territory.ts';

const { communes, commune, communeAt } = territory();
const LAND_AREA_KM2 = 18_575;

test('all 33 communes get land', () => {
  assert.equal(communes.length, 33);
  for (const c of communes) assert.ok(c.area.geometry.coordinates.length > 0 && c.areaKm2 > 1, c.name);
});

test('communes do not overlap beyond rounding', () => {
  for (let i = 0; i < communes.length; i++) {
    for (let j = i + 1; j < communes.length; j++) {
      const [a, b] = [communes[i]!, communes[j]!];
      if (!turf.booleanIntersects(turf.bboxPolygon(turf.bbox(a.area)), turf.bboxPolygon(turf.bbox(b.area))))
        continue;
      const shared = turf.intersect(turf.featureCollection([a.area, b.area]));
      const m2 = shared ? turf.area(shared) : 0;
      assert.ok(m2 < 1, `${a.name} and ${b.name} overlap by ${m2.toFixed(1)} m²`);
    }
  }
});

test('every town lies inside its own commune', () => {
  for (const c of communes) {
    assert.ok(inArea(c.townOnLand, c.area), `${c.name}'s town ${c.townOnLand.join(', ')} is outside it`);
    assert.equal(communeAt(c.townOnLand)?.insee, c.insee);
  }
});

test('only towns the 1:10m coast leaves offshore are moved, and by little', () => {
  for (const c of communes) {
    const km = turf.distance(c.town as [number, number], c.townOnLand);
    if (c.townSnapped) assert.ok(km > 0 && km < 2, `${c.name} moved ${km.toFixed(2)} km`);
    else assert.equal(km, 0, c.name);
  }
});

test('together the communes cover the land: total within 20% of 18,575 km²', () => {
  const total = communes.reduce((s, c) => s + c.areaKm2, 0);
  assert.ok(Math.abs(total - LAND_AREA_KM2) / LAND_AREA_KM2 < 0.2, `total ${total.toFixed(0)} km²`);
});

test('seedless islands go to the commune of the nearest seed', () => {
  const islandPoints: [string, [number, number], string][] = [
    ['Ouen', [166.81, -22.431], 'Mont-Dore'],
    ['Yandé', [163.964, -20.046], 'Poum'],
    ['Mouli, south of Ouvéa', [166.42, -20.726], 'Ouvéa'],
  ];
  for (const [island, point, expected] of islandPoints)
    assert.equal(communeAt(point)?.name, expected, island);
});

test('Hunter Island, outside the extent, belongs to no commune', () => {
  assert.equal(communeAt([171.342, -22.347]), undefined);
});

test('geometries are rounded to 6 decimals, closed, without repeated points or kinks', () => {
  for (const c of communes) {
    for (const polygon of c.area.geometry.coordinates) {
      for (const ring of polygon) {
        assert.deepEqual(ring[0], ring[ring.length - 1], `${c.name}: open ring`);
        ring.forEach((p, i) => {
          assert.ok(
            p.every((x) => Math.round(x * 1e6) / 1e6 === x),
            `${c.name}: unrounded ${p.join(', ')}`,
          );
          const q = ring[i + 1];
          assert.ok(!q || q[0] !== p[0] || q[1] !== p[1], `${c.name}: repeated point ${p.join(', ')}`);
        });
      }
      assert.equal(turf.kinks(turf.polygon(polygon)).features.length, 0, `${c.name}: self-intersection`);
    }
  }
  assert.ok(commune('98818').area.geometry.coordinates.length >= 1);
});

test('cleanMultiPolygon rounds, drops repeated points and slivers, closes rings', () => {
  const land = [
    [0, 0],
    [0.1, 0],
    [0.1, 0.1],
    [0.1, 0.1],
    [0.1000000001, 0.1],
  ];
  const sliver = [
    [1, 1],
    [1.00001, 1],
    [1.00001, 1.00001],
  ];
  assert.deepEqual(cleanMultiPolygon([[land], [sliver]]), {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [0.1, 0],
          [0.1, 0.1],
          [0, 0],
        ],
      ],
    ],
  });
});
