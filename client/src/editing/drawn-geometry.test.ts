// A multipolygon is reshaped as its polygons and comes back whole; other geometries as they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawnFeaturesOf, editedGeometryOf } from './drawn-geometry.ts';
import { positionsOf } from './vertex-snapping.ts';

const square = (x: number): [number, number][][] => [
  [
    [x, -21],
    [x + 0.1, -21],
    [x + 0.1, -21.1],
    [x, -21],
  ],
];

describe('drawn geometry', () => {
  it('gives Terra Draw one polygon per part of a multipolygon, and puts them back together', () => {
    let n = 0;
    const area = { type: 'MultiPolygon' as const, coordinates: [square(165), square(166)] };
    const features = drawnFeaturesOf(area, () => `f${++n}`);
    assert.deepEqual(
      features.map((feature) => [feature.id, feature.geometry.type, feature.properties.mode]),
      [
        ['f1', 'Polygon', 'polygon'],
        ['f2', 'Polygon', 'polygon'],
      ],
    );
    assert.deepEqual(
      editedGeometryOf(
        area,
        features.map((feature) => feature.geometry),
      ),
      area,
    );
  });

  it('keeps a point a point and a line a line', () => {
    const point = { type: 'Point' as const, coordinates: [165.5, -21.5] };
    assert.equal(drawnFeaturesOf(point, () => 'p')[0]?.properties.mode, 'point');
    const moved = { type: 'Point' as const, coordinates: [165.6, -21.5] };
    assert.deepEqual(editedGeometryOf(point, [moved]), moved);
    assert.equal(editedGeometryOf(point, []), null);
  });

  it('reads every vertex of a nested geometry', () => {
    assert.equal(positionsOf([square(165), square(166)]).length, 8);
    assert.deepEqual(positionsOf([165, -21]), [[165, -21]]);
    assert.deepEqual(positionsOf(undefined), []);
  });
});
