import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerData } from '../api.ts';
import { provinceOutlines } from './province-outlines.ts';

const square = (x: number, y: number, size = 1) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];
const communes = (...parts: [province: string, rings: number[][][]][]): LayerData => ({
  type: 'FeatureCollection',
  features: parts.map(([province, coordinates], i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Polygon', coordinates },
    properties: { province },
  })),
});

describe('province outlines', () => {
  it('dissolve neighbouring communes of one province into one outline', () => {
    const out = provinceOutlines(communes(['SUD', square(0, 0)], ['SUD', square(1, 0)]));
    assert.equal(out.features.length, 1);
    const geometry = out.features[0]?.geometry;
    assert.equal(geometry?.type, 'MultiPolygon');
    if (geometry?.type !== 'MultiPolygon') return;
    assert.equal(geometry.coordinates.length, 1, 'one polygon, no border between the two communes');
  });
  it('keep one outline per province, islands as parts of it', () => {
    const out = provinceOutlines(
      communes(['SUD', square(0, 0)], ['NORD', square(0, 1)], ['ILES', square(5, 5)], ['ILES', square(8, 5)]),
    );
    const byCode = new Map(out.features.map((f) => [f.properties?.province, f.geometry]));
    assert.deepEqual([...byCode.keys()].sort(), ['ILES', 'NORD', 'SUD']);
    const iles = byCode.get('ILES');
    assert.equal(iles?.type === 'MultiPolygon' ? iles.coordinates.length : 0, 2);
  });
  it('drop the slivers left where two borders do not quite meet', () => {
    // Two communes whose shared border leaves a thin gap closed at both ends: a hole in the union.
    const left = [
      [
        [0, 0],
        [1, 0],
        [1, 0.4],
        [0.999, 0.5],
        [1, 0.6],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const out = provinceOutlines(communes(['NORD', left], ['NORD', square(1, 0)]));
    const geometry = out.features[0]?.geometry;
    assert.ok(geometry?.type === 'MultiPolygon');
    assert.deepEqual(
      geometry.coordinates.map((rings) => rings.length),
      [1],
    );
  });
});
