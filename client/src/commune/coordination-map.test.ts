import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { booleanPointOnLine, booleanPointInPolygon } from '@turf/turf';
import type { Geometry, LineString, MultiPolygon } from 'geojson';
import type { CoordinationPair, Project, ProjectProperties } from './commune-api.ts';
import { pairKey, pairLinks, projectsBounds } from './coordination-map.ts';

const project = (id: number, geometry: Geometry): Project => ({
  type: 'Feature',
  geometry,
  properties: { id } as ProjectProperties,
});
const zone: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [164.8, -21.1],
        [164.9, -21.1],
        [164.9, -21.0],
        [164.8, -21.0],
        [164.8, -21.1],
      ],
    ],
  ],
};
const pipe: LineString = {
  type: 'LineString',
  coordinates: [
    [164.85, -21.05],
    [165.0, -21.05],
  ],
};
const projects = [
  project(18, zone),
  project(150, pipe),
  project(62, { type: 'Point', coordinates: [164.7, -21.2] }),
];
const side = (id: number) => ({ id, title: '', kind: '', organisation: '', status: '' });
const pair = (a: number, b: number): CoordinationPair => ({
  a: side(a),
  b: side(b),
  distanceM: 0,
  sharedPeriod: { start: '2026-04-04', end: '2026-09-11' },
});

describe('pairLinks', () => {
  it('joins a point of each project of a pair', () => {
    const links = pairLinks([pair(18, 150)], projects);
    assert.equal(links.features.length, 1);
    const [link] = links.features;
    assert.deepEqual(link?.properties, { key: '18-150', distanceM: 0 });
    const [start, end] = link?.geometry.coordinates ?? [];
    assert.ok(start && booleanPointInPolygon(start, zone), 'starts on the zone');
    assert.ok(end && booleanPointOnLine(end, pipe), 'ends on the pipe');
  });

  it('leaves out a pair naming a project it does not know', () => {
    assert.deepEqual(pairLinks([pair(18, 999)], projects).features, []);
    assert.deepEqual(pairLinks([], projects).features, []);
  });
});

describe('projectsBounds', () => {
  it('frames every project named', () => {
    assert.deepEqual(projectsBounds([150, 62], projects), [164.7, -21.2, 165.0, -21.05]);
  });

  it('is null when none of them is known', () => {
    assert.equal(projectsBounds([999], projects), null);
  });
});

describe('pairKey', () => {
  it('names a pair by its two projects', () => {
    assert.equal(pairKey(pair(19, 62)), '19-62');
  });
});
