import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as turf from '@turf/turf';
import { flatKm, inArea } from '../point-placement.ts';
import {
  assertBetween,
  assertIsoDate,
  assertPointsInTheirCommune,
  countBy,
  defaultSample,
} from '../sample-fixture.ts';
import { GREATER_NOUMEA, KONE, NOUMEA } from './commune-profiles.ts';

const { schools, settlements, fibreZones } = defaultSample();

test('250–350 schools, most of them primary', () => {
  assertBetween(schools.length, 250, 350, 'schools');
  const levels = countBy(schools, (s) => s.level);
  assert.ok((levels.primary ?? 0) > schools.length * 0.6, JSON.stringify(levels));
  assert.ok((levels.secondary ?? 0) > 20, JSON.stringify(levels));
});

test('higher education only in Nouméa and Koné', () => {
  const higher = schools.filter((s) => s.level === 'higher');
  assert.ok(higher.some((s) => s.communeInsee === NOUMEA));
  for (const s of higher) assert.ok(s.communeInsee === NOUMEA || s.communeInsee === KONE, s.name);
});

test('names say what the school is', () => {
  for (const s of schools) {
    if (s.level === 'primary') assert.match(s.name, /^École primaire (de |d'|de l')/, s.name);
    if (s.level === 'secondary') assert.match(s.name, /^(Collège|Lycée) (de |d'|de l')/, s.name);
  }
  assert.equal(new Set(schools.map((s) => s.name)).size, schools.length, 'unique names');
});

test('pupils are plausible for the level', () => {
  const range = { primary: [10, 500], secondary: [200, 1700], higher: [100, 3500] } as const;
  for (const s of schools) {
    const [min, max] = range[s.level];
    assertBetween(s.pupils, min, max, s.name);
  }
});

test('connectedOn is a day exactly when the school is connected', () => {
  for (const s of schools) {
    if (s.connection === 'none') assert.equal(s.connectedOn, null, s.name);
    else assertIsoDate(s.connectedOn, s.name, '2000-01-01', '2026-06-30');
  }
});

test('fibre only inside deployed zones, connected after the zone was', () => {
  const deployed = fibreZones.filter((z) => z.status === 'deployed');
  const fibre = schools.filter((s) => s.connection === 'fibre');
  assert.ok(fibre.length > 0);
  for (const s of fibre) {
    const zone = deployed.find((z) => inArea(s.geom.coordinates, turf.feature(z.geom)));
    assert.ok(zone, `${s.name} has fibre outside deployed zones`);
    assert.ok(s.connectedOn! >= zone.deployedOn!, `${s.name} connected before ${zone.name}`);
  }
});

test('satellite and no connection are for remote places, never in Greater Nouméa', () => {
  const offGrid = schools.filter((s) => s.connection === 'satellite' || s.connection === 'none');
  assert.ok(offGrid.length > 0);
  for (const s of offGrid) assert.ok(!GREATER_NOUMEA.has(s.communeInsee), s.name);
  const inTribus = offGrid.filter((s) => /^École primaire/.test(s.name) && s.pupils < 100).length;
  assert.ok(inTribus > offGrid.length / 2, `${inTribus} of ${offGrid.length} in small schools`);
});

test('schools are near a settlement and inside their commune', () => {
  for (const s of schools) {
    if (s.communeInsee === NOUMEA) continue; // spread over the city
    const nearest = Math.min(...settlements.map((x) => flatKm(x.geom.coordinates, s.geom.coordinates)));
    assert.ok(nearest <= 2.5, `${s.name}: ${nearest.toFixed(1)} km from any settlement`);
  }
  assertPointsInTheirCommune(schools, 'school');
});
