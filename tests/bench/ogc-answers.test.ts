import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareItems, type FeatureCollection } from './ogc-answers.ts';

const zone = (id: number, deployedOn: string | null) => ({
  id,
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [166.4, -22.3],
          [166.5, -22.3],
          [166.5, -22.2],
          [166.4, -22.3],
        ],
      ],
    ],
  },
  properties: { id, name: `Zone ${id}`, plannedYear: 2025, deployedOn },
});

/** What MapServer 8.0 writes for the same feature: a Polygon, every value a string, null as "". */
const asMapserverWrites = (feature: ReturnType<typeof zone>) => ({
  id: String(feature.id),
  geometry: { type: 'Polygon', coordinates: feature.geometry.coordinates[0] },
  properties: Object.fromEntries(Object.entries(feature.properties).map(([k, v]) => [k, String(v ?? '')])),
});

const collection = (features: FeatureCollection['features']): FeatureCollection => ({
  numberMatched: features.length,
  numberReturned: features.length,
  features,
});

describe('compareItems', () => {
  it('says the answers agree when they carry the same features', () => {
    const ours = collection([zone(1, '2024-01-02'), zone(2, null)]);
    assert.deepEqual(compareItems(ours, structuredClone(ours)), ['same numberMatched (2) and ids']);
  });

  it("names MapServer's ways: the one-part MultiPolygon as a Polygon, the values as strings", () => {
    const features = [zone(1, '2024-01-02'), zone(2, null)];
    assert.deepEqual(compareItems(collection(features), collection(features.map(asMapserverWrites))), [
      'same numberMatched (2) and ids',
      'MultiPolygon written as Polygon: 2 of 2 features',
      'written as strings: id, plannedYear, deployedOn (1 nulls as "")',
    ]);
  });

  it('counts the ids found on one side only, and another numberMatched', () => {
    const ours = collection([zone(1, null), zone(2, null), zone(3, null)]);
    const theirs = collection([zone(2, null), zone(3, null), zone(4, null)]);
    theirs.numberMatched = 5;
    assert.deepEqual(compareItems(ours, theirs), [
      'numberMatched 3 here, 5 there',
      '1 ids only here (1)',
      '1 ids only there (4)',
    ]);
  });

  it('notices positions moved by more than 1e-6°, not less, and other values', () => {
    const ours = collection([zone(1, '2024-01-02'), zone(2, '2024-01-02')]);
    const [near, far] = [zone(1, '2024-01-02'), zone(2, '2024-01-03')];
    const shift = (feature: ReturnType<typeof zone>, by: number) =>
      (feature.geometry.coordinates = feature.geometry.coordinates.map((polygon) =>
        polygon.map((ring) => ring.map(([x, y]) => [x! + by, y!])),
      ));
    shift(near, 5e-7);
    shift(far, 1e-5);
    assert.deepEqual(compareItems(ours, collection([near, far])), [
      'same numberMatched (2) and ids',
      'other positions (beyond 1e-6°): 1 of 2 features',
      'other property values: 1 of 2 features',
    ]);
  });

  it('notices a multipolygon written as more parts', () => {
    const ours = collection([zone(1, null)]);
    const split = zone(1, null);
    split.geometry.coordinates = [...split.geometry.coordinates, ...split.geometry.coordinates];
    assert.deepEqual(compareItems(ours, collection([split])), [
      'same numberMatched (1) and ids',
      'a 1-part polygon written as 2 parts: 1 of 1 features',
      'other positions (beyond 1e-6°): 1 of 1 features',
    ]);
  });
});
