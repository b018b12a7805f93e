// The limits of an area's body, checked before any ring is read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaBody, edgeProblem, MAX_POSITIONS, MAX_RINGS } from './params.ts';

const issue = (body: unknown) => {
  const result = areaBody.safeParse(body);
  return result.success ? undefined : result.error.issues[0];
};

test('a million positions are refused by their count, before any position is read', () => {
  // Positions that are not even numbers: were the rings parsed, the first issue would be theirs.
  const ring = Array.from({ length: 10_000 }, () => ['x', 'y']);
  const found = issue({
    polygon: { type: 'Polygon', coordinates: Array.from({ length: MAX_RINGS }, () => ring) },
  });
  assert.deepEqual(found?.path, ['polygon', 'coordinates']);
  assert.match(found?.message ?? '', new RegExp(`at most ${MAX_POSITIONS} positions`));
});

test('more than the maximum of rings is refused by their count', () => {
  const found = issue({
    polygon: { type: 'Polygon', coordinates: Array.from({ length: MAX_RINGS + 1 }, () => []) },
  });
  assert.match(found?.message ?? '', new RegExp(`at most ${MAX_RINGS} rings`));
});

test('edges PostGIS cannot take on the sphere are named; ordinary ones pass', () => {
  assert.match(edgeProblem([0, 0], [180, 0]) ?? '', /180° of longitude/);
  assert.match(edgeProblem([170, -20], [-170, -20]) ?? '', /180° of longitude/);
  assert.match(edgeProblem([0, 90], [0, -90]) ?? '', /antipodal/);
  assert.match(edgeProblem([10, 89.9999999999], [10, -89.9999999999]) ?? '', /antipodal/);
  assert.equal(edgeProblem([166.4, -22.3], [166.5, -22.2]), null);
  assert.equal(edgeProblem([-179, 0], [0.5, 0]), null);
  assert.equal(edgeProblem([0, 90], [0, 89]), null);
});
