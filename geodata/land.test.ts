import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanRing, distanceToIslandBoxKm, distanceToIslandKm, insideExtent, islands } from './land.ts';

const land = islands();

test('ten islands inside the extent: Hunter Island (171.3°E) is dropped', () => {
  assert.equal(land.length, 10);
  for (const island of land) assert.ok(island.polygon.geometry.coordinates.flat().every(insideExtent));
});

test('Grande Terre comes first: the largest, with about 680 vertices', () => {
  const [grandeTerre, second] = land;
  assert.ok(grandeTerre!.areaKm2 > 15_000 && grandeTerre!.areaKm2 < 18_000, `${grandeTerre!.areaKm2} km²`);
  const vertices = grandeTerre!.polygon.geometry.coordinates[0]!.length;
  assert.ok(vertices > 600 && vertices < 760, `${vertices} vertices`);
  assert.ok(second!.areaKm2 < grandeTerre!.areaKm2 / 10, 'Lifou is next, far smaller');
});

test('distance to an island is 0 on it and grows offshore; the box bound never exceeds it', () => {
  const lifou = land[1]!;
  assert.equal(distanceToIslandKm([167.2639, -20.9161], lifou), 0); // Wé
  const offshore: [number, number] = [166.9, -20.9];
  const km = distanceToIslandKm(offshore, lifou);
  assert.ok(km > 5 && km < 30, `${km} km`);
  assert.ok(distanceToIslandBoxKm(offshore, lifou) <= km);
});

test('cleanRing rounds, drops repeats, closes, and refuses degenerate rings', () => {
  assert.deepEqual(
    cleanRing([
      [1.00000049, 2],
      [1, 2],
      [3, 2],
      [3, 4],
    ]),
    [
      [1, 2],
      [3, 2],
      [3, 4],
      [1, 2],
    ],
  );
  assert.equal(
    cleanRing([
      [0, 0],
      [1, 1],
      [0, 0],
    ]),
    null,
  );
});
