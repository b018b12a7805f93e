import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertBetween, assertPointsInTheirCommune, countBy, defaultSample } from '../sample-fixture.ts';
import { territory } from '../territory.ts';
import { apportion } from './settlements.ts';
import { RUGGED, LOYALTY_ISLANDS } from './commune-profiles.ts';

const { settlements } = defaultSample();
const { communes } = territory();

test('apportion splits a total exactly, by weight', () => {
  assert.deepEqual(apportion(10, [1, 1, 1]), [4, 3, 3]);
  assert.deepEqual(apportion(7, [3, 1]), [5, 2]);
  assert.deepEqual(apportion(0, [1, 2]), [0, 0]);
  assert.deepEqual(apportion(5, []), []);
  for (const total of [1, 99, 94_285]) {
    assert.equal(
      apportion(total, [0.3, 2.7, 1.1, 5]).reduce((s, p) => s + p, 0),
      total,
    );
  }
});

test('settlement populations add up exactly to each commune population', () => {
  for (const c of communes) {
    const sum = settlements.filter((s) => s.communeInsee === c.insee).reduce((s, x) => s + x.population, 0);
    assert.equal(sum, c.population2019, c.name);
  }
});

test('each commune has one town, named after it, at its town point, with the largest share', () => {
  for (const c of communes) {
    const mine = settlements.filter((s) => s.communeInsee === c.insee);
    const towns = mine.filter((s) => s.kind === 'town');
    assert.equal(towns.length, 1, c.name);
    const [town] = towns;
    assert.equal(town?.name, c.name);
    assert.deepEqual(town?.geom.coordinates, c.townOnLand);
    for (const other of mine)
      if (other !== town) assert.ok(other.population < town!.population, `${c.name}: ${other.name}`);
    assertBetween(mine.filter((s) => s.kind === 'village').length, 1, 4, `${c.name} villages`);
  }
});

test('about 342 tribus, none in Nouméa, most on the east coast, in the chain and on the islands', () => {
  const tribus = settlements.filter((s) => s.kind === 'tribu');
  assertBetween(tribus.length, 320, 365, 'tribus');
  assert.equal(tribus.filter((s) => s.communeInsee === '98818').length, 0);
  const remote = tribus.filter((s) => RUGGED.has(s.communeInsee) || LOYALTY_ISLANDS.has(s.communeInsee));
  assert.ok(remote.length > tribus.length / 2, `${remote.length} of ${tribus.length}`);
  assert.ok(
    tribus.every((s) => /^Tribu d(e |')\p{Lu}/u.test(s.name)),
    'tribu names',
  );
});

test('settlements lie inside their commune', () => {
  assertPointsInTheirCommune(settlements, 'settlement');
});

test('names are unique and never a real commune name outside its town', () => {
  const names = countBy(settlements, (s) => s.name);
  assert.deepEqual(
    Object.entries(names).filter(([, n]) => n > 1),
    [],
  );
  const communeNames = new Set(communes.map((c) => c.name));
  for (const s of settlements)
    if (s.kind !== 'town') assert.ok(!communeNames.has(s.name.replace(/^Tribu d(e |')/, '')), s.name);
});

test('populations are whole and not negative', () => {
  for (const s of settlements) assert.ok(Number.isInteger(s.population) && s.population >= 0, s.name);
});
