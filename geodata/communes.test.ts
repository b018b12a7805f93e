import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  loadCommuneFacts,
  parseCommuneFacts,
  PROVINCE_POPULATION_2019,
  provincePopulations,
  TERRITORY_POPULATION_2019,
} from './communes.ts';

const HEADER = 'insee,name,postal_code,province,population_2019,town_lon,town_lat,centroid_lon,centroid_lat';
const ROW = '98818,Nouméa,98800,SUD,94285,166.440182,-22.271338,166.450090,-22.257800';

test('the reference table has the 33 communes with unique codes', () => {
  const facts = loadCommuneFacts();
  assert.equal(facts.length, 33);
  assert.equal(new Set(facts.map((f) => f.insee)).size, 33);
  assert.equal(facts.find((f) => f.insee === '98818')?.name, 'Nouméa');
});

test('the 33 populations sum to the official 2019 total', () => {
  const sum = loadCommuneFacts().reduce((s, f) => s + f.population2019, 0);
  assert.equal(sum, TERRITORY_POPULATION_2019);
  assert.equal(sum, 271_407);
});

test('province totals match the official 2019 figures once Poya is split', () => {
  assert.deepEqual(provincePopulations(loadCommuneFacts()), { SUD: 203_144, NORD: 49_910, ILES: 18_353 });
  assert.deepEqual(PROVINCE_POPULATION_2019, { SUD: 203_144, NORD: 49_910, ILES: 18_353 });
});

test('a valid row parses into typed facts', () => {
  const [fact] = parseCommuneFacts(`${HEADER}\n${ROW}\n`);
  assert.deepEqual(fact, {
    insee: '98818',
    name: 'Nouméa',
    postalCode: '98800',
    province: 'SUD',
    population2019: 94285,
    town: [166.440182, -22.271338],
    centroid: [166.45009, -22.2578],
  });
});

test('bad cells are rejected with their line and column', () => {
  const bad = (row: string) => () => parseCommuneFacts(`${HEADER}\n${row}\n`);
  assert.throws(bad(ROW.replace('94285', '')), /line 2, population_2019/);
  assert.throws(bad(ROW.replace(',SUD,', ',Sud,')), /line 2, province/);
  assert.throws(bad(ROW.replace('166.440182', '171.3')), /line 2, town_lon/);
  assert.throws(bad(ROW.replace('98818', '97418')), /line 2, insee/);
  assert.throws(() => parseCommuneFacts(`${HEADER}\n${ROW}\n${ROW}\n`), /duplicate insee/);
});
