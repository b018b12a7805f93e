import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatKm } from '../point-placement.ts';
import { assertBetween, assertPointsInTheirCommune, countBy, defaultSample } from '../sample-fixture.ts';
import { NOUMEA } from './commune-profiles.ts';

const { mobileSites, settlements } = defaultSample();
const onAir4g = mobileSites.filter((s) => s.status === 'on-air' && s.technologies.includes('4g'));

test('over 300 sites, mostly on air', () => {
  assertBetween(mobileSites.length, 300, 450, 'mobile sites');
  const status = countBy(mobileSites, (s) => s.status);
  assert.ok((status['on-air'] ?? 0) > mobileSites.length * 0.85, JSON.stringify(status));
  assert.ok((status.planned ?? 0) > 0, 'some sites are planned');
});

test('2G everywhere, 3G on most, technologies listed once and in order', () => {
  const order = ['2g', '3g', '4g', '5g'];
  for (const s of mobileSites) {
    assert.equal(s.technologies[0], '2g', s.name);
    assert.deepEqual(
      [...new Set(s.technologies)].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      s.technologies,
    );
  }
  assert.ok(mobileSites.filter((s) => s.technologies.includes('3g')).length > mobileSites.length * 0.6);
});

test('5G only in Nouméa', () => {
  const fiveG = mobileSites.filter((s) => s.technologies.includes('5g'));
  assert.ok(fiveG.length > 0);
  for (const s of fiveG) assert.equal(s.communeInsee, NOUMEA, s.name);
});

test('generations stack: a 5G site has 4G, a 4G site has 3G', () => {
  for (const s of mobileSites) {
    if (s.technologies.includes('5g')) assert.ok(s.technologies.includes('4g'), s.name);
    if (s.technologies.includes('4g')) assert.ok(s.technologies.includes('3g'), s.name);
  }
});

test('4G is broad but leaves holes: some tribus are over 10 km from any on-air 4G site', () => {
  assert.ok(onAir4g.length > mobileSites.length * 0.4, `${onAir4g.length} 4G sites`);
  const tribus = settlements.filter((s) => s.kind === 'tribu');
  const shadowed = tribus.filter((s) =>
    onAir4g.every((site) => flatKm(site.geom.coordinates, s.geom.coordinates) > 10),
  );
  assertBetween(shadowed.length, 10, tribus.length / 3, 'tribus without 4G within 10 km');
  // Holes in 4G itself, not only places without any site: 2G/3G reaches them, 4G does not.
  const onAir = mobileSites.filter((s) => s.status === 'on-air');
  const served = shadowed.filter((s) =>
    onAir.some((site) => flatKm(site.geom.coordinates, s.geom.coordinates) <= 5),
  );
  assert.ok(served.length >= 10, `${served.length} tribus have a site within 5 km but no 4G within 10 km`);
});

test('every town is within 3 km of a site', () => {
  for (const town of settlements.filter((s) => s.kind === 'town')) {
    const nearest = Math.min(...mobileSites.map((m) => flatKm(m.geom.coordinates, town.geom.coordinates)));
    assert.ok(nearest <= 3, `${town.name}: nearest site ${nearest.toFixed(1)} km`);
  }
});

test('sites lie inside their commune', () => {
  assertPointsInTheirCommune(mobileSites, 'mobile site');
});

test('names are unique', () => {
  assert.equal(new Set(mobileSites.map((s) => s.name)).size, mobileSites.length);
});
