import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as turf from '@turf/turf';
import { assertBetween, assertIsoDate, countBy, defaultSample } from '../sample-fixture.ts';
import { territory } from '../territory.ts';
import { GREATER_NOUMEA, NOUMEA } from './commune-profiles.ts';
import { SAMPLE_DATE } from './fibre-zones.ts';

const { fibreZones } = defaultSample();
const t = territory();

test('80–150 zones, concentrated in Greater Nouméa', () => {
  assertBetween(fibreZones.length, 80, 150, 'fibre zones');
  const urban = fibreZones.filter((z) => GREATER_NOUMEA.has(z.communeInsee)).length;
  assert.ok(urban > fibreZones.length * 0.4, `${urban} of ${fibreZones.length} in Greater Nouméa`);
});

test('most of Nouméa is deployed, and some zones elsewhere are not yet', () => {
  const noumea = countBy(
    fibreZones.filter((z) => z.communeInsee === NOUMEA),
    (z) => z.status,
  );
  const total = Object.values(noumea).reduce((s, n) => s + n, 0);
  assert.ok((noumea.deployed ?? 0) > total * 0.7, JSON.stringify(noumea));
  const elsewhere = countBy(
    fibreZones.filter((z) => z.communeInsee !== NOUMEA),
    (z) => z.status,
  );
  for (const status of ['planned', 'studies', 'works']) assert.ok((elsewhere[status] ?? 0) > 0, status);
});

test('deployedOn is given exactly for deployed zones, by the year after the planned one, not after the sample date', () => {
  for (const z of fibreZones) {
    assertBetween(z.plannedYear, 2015, 2030, `${z.name} planned year`);
    if (z.status !== 'deployed') {
      assert.equal(z.deployedOn, null, z.name);
      continue;
    }
    assertIsoDate(z.deployedOn, z.name, '2014-01-01', SAMPLE_DATE);
    // A zone built by a late project is deployed after its planned year (its project's planned end).
    assert.ok(
      Number(z.deployedOn!.slice(0, 4)) <= z.plannedYear + 1,
      `${z.name}: ${z.deployedOn} after ${z.plannedYear}`,
    );
  }
});

test('premises passed are plausible: hundreds to a few thousand', () => {
  for (const z of fibreZones) assertBetween(z.premisesPassed, 50, 4000, z.name);
  const noumea = fibreZones.filter((z) => z.communeInsee === NOUMEA).map((z) => z.premisesPassed);
  const median = noumea.sort((a, b) => a - b)[Math.floor(noumea.length / 2)] ?? 0;
  assert.ok(median >= 500, `Nouméa's zones are dense: median ${median} premises`);
});

test('each zone lies on land in its own commune', () => {
  for (const z of fibreZones) {
    const zone = turf.feature(z.geom);
    const inside = turf.intersect(turf.featureCollection([zone, t.commune(z.communeInsee).area]));
    const share = inside ? turf.area(inside) / turf.area(zone) : 0;
    assert.ok(share > 0.999, `${z.name}: only ${(share * 100).toFixed(2)}% inside its commune`);
  }
});

test('zones do not overlap', () => {
  for (let i = 0; i < fibreZones.length; i++) {
    for (let j = i + 1; j < fibreZones.length; j++) {
      const [a, b] = [fibreZones[i]!, fibreZones[j]!];
      if (a.communeInsee !== b.communeInsee) continue; // clipped to disjoint communes
      const shared = turf.intersect(turf.featureCollection([turf.feature(a.geom), turf.feature(b.geom)]));
      assert.ok(!shared || turf.area(shared) < 1, `${a.name} overlaps ${b.name}`);
    }
  }
});

test('names follow "Zone FTTH <commune> NN" and are unique', () => {
  for (const z of fibreZones) {
    assert.match(z.name, new RegExp(`^Zone FTTH ${t.commune(z.communeInsee).name} \\d{2}$`));
  }
  assert.equal(new Set(fibreZones.map((z) => z.name)).size, fibreZones.length);
});
