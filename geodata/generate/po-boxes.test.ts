import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatKm } from '../point-placement.ts';
import {
  assertBetween,
  assertIsoDate,
  assertPointsInTheirCommune,
  countBy,
  defaultSample,
} from '../sample-fixture.ts';

const { poBoxBlocks, settlements } = defaultSample();

test('60–120 blocks, mostly installed', () => {
  assertBetween(poBoxBlocks.length, 60, 120, 'PO box blocks');
  const status = countBy(poBoxBlocks, (b) => b.status);
  assert.ok((status.installed ?? 0) > poBoxBlocks.length * 0.75, JSON.stringify(status));
  assert.ok((status.planned ?? 0) > 0, 'some blocks are planned');
});

test('50–2,000 boxes per block, never more in use than there are', () => {
  for (const b of poBoxBlocks) {
    assertBetween(b.boxes, 50, 2000, b.name);
    assertBetween(b.boxesInUse, 0, b.boxes, `${b.name} in use`);
    assert.ok(Number.isInteger(b.boxes) && Number.isInteger(b.boxesInUse), b.name);
  }
});

test('installedOn is a past day exactly when the block is installed', () => {
  for (const b of poBoxBlocks) {
    if (b.status === 'installed') assertIsoDate(b.installedOn, b.name, '1980-01-01', '2026-06-30');
    else assert.equal(b.installedOn, null, b.name);
  }
});

test('blocks are in towns and villages, never out in a tribu', () => {
  const places = settlements.filter((s) => s.kind !== 'tribu');
  for (const b of poBoxBlocks) {
    const nearest = Math.min(...places.map((s) => flatKm(s.geom.coordinates, b.geom.coordinates)));
    assert.ok(nearest <= 4, `${b.name}: ${nearest.toFixed(1)} km from any town or village`);
  }
  const towns = settlements.filter((s) => s.kind === 'town').length;
  assert.ok(poBoxBlocks.filter((b) => !/ \d\d$/.test(b.name)).length + 1 >= towns / 2);
});

test('blocks lie inside their commune', () => {
  assertPointsInTheirCommune(poBoxBlocks, 'PO box block');
});

test('names are unique', () => {
  assert.equal(new Set(poBoxBlocks.map((b) => b.name)).size, poBoxBlocks.length);
});
