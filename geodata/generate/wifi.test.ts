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

const { wifiTerminals, settlements } = defaultSample();

test('60–120 terminals: mostly active, some in maintenance, some planned', () => {
  assertBetween(wifiTerminals.length, 60, 120, 'Wi-Fi terminals');
  const status = countBy(wifiTerminals, (w) => w.status);
  assert.ok((status.active ?? 0) > wifiTerminals.length * 0.6, JSON.stringify(status));
  assert.ok((status.maintenance ?? 0) > 0 && (status.planned ?? 0) > 0, JSON.stringify(status));
});

test('inServiceSince is a day exactly when the terminal is not planned', () => {
  for (const w of wifiTerminals) {
    if (w.status === 'planned') assert.equal(w.inServiceSince, null, w.siteName);
    else assertIsoDate(w.inServiceSince, w.siteName, '2010-01-01', '2026-06-30');
  }
});

test('opening hours read like hours', () => {
  for (const w of wifiTerminals) assert.match(w.openingHours, /^(24\/7|\d\d:\d\d–\d\d:\d\d)$/, w.siteName);
});

test('terminals are within a few hundred metres of a settlement', () => {
  for (const w of wifiTerminals) {
    const nearest = Math.min(...settlements.map((s) => flatKm(s.geom.coordinates, w.geom.coordinates)));
    assert.ok(nearest <= 0.5, `${w.siteName}: ${nearest.toFixed(2)} km from any settlement`);
  }
});

test('terminals lie inside their commune', () => {
  assertPointsInTheirCommune(wifiTerminals, 'Wi-Fi terminal');
});

test('site names are unique and not empty', () => {
  assert.ok(wifiTerminals.every((w) => w.siteName.trim().length > 3));
  assert.equal(new Set(wifiTerminals.map((w) => w.siteName)).size, wifiTerminals.length);
});
