import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { communesByProvince, matchesCommune, normalizeName } from './commune-search.ts';

const commune = (name: string, insee: string, postalCode: string, province: string) => ({
  name,
  insee,
  postalCode,
  province,
});
const communes = [
  commune('Koné', '98811', '98860', 'NORD'),
  commune('Koumac', '98812', '98850', 'NORD'),
  commune('Île des Pins', '98809', '98832', 'SUD'),
  commune('Dumbéa', '98805', '98835', 'SUD'),
  commune('Kaala-Gomen', '98810', '98817', 'NORD'),
  commune('Nouméa', '98818', '98800', 'SUD'),
  commune('Lifou', '98814', '98820', 'ILES'),
  commune('Ouvéa', '98820', '98814', 'ILES'),
];
const names = (query: string) => communes.filter((c) => matchesCommune(c, query)).map((c) => c.name);

describe('normalizeName', () => {
  it('drops accents and case', () => {
    assert.equal(normalizeName('Koné'), 'kone');
    assert.equal(normalizeName('ÎLE DES PINS'), 'ile des pins');
    assert.equal(normalizeName('Houaïlou'), 'houailou');
  });

  it('reads hyphens, apostrophes and runs of spaces as one space, and trims', () => {
    assert.equal(normalizeName('  ile-des-pins '), 'ile des pins');
    assert.equal(normalizeName("L'Île  des   Pins"), 'l ile des pins');
    assert.equal(normalizeName('Kaala–Gomen'), 'kaala gomen');
  });

  it('leaves nothing of a query made of punctuation only', () => {
    assert.equal(normalizeName(" - ' "), '');
  });
});

describe('matchesCommune', () => {
  it('finds a commune typed without its accents, in any case', () => {
    assert.deepEqual(names('kone'), ['Koné']);
    assert.deepEqual(names('KONÉ'), ['Koné']);
    assert.deepEqual(names('Dumbea'), ['Dumbéa']);
  });

  it('finds a name of several words however they are joined', () => {
    for (const query of ['Ile des Pins', 'ile-des-pins', 'île des pins', 'iledespins', 'des pins']) {
      assert.deepEqual(names(query), ['Île des Pins'], query);
    }
    assert.deepEqual(names('kaala gomen'), ['Kaala-Gomen']);
  });

  it('finds every commune holding what was typed', () => {
    assert.deepEqual(names('ko'), ['Koné', 'Koumac']);
    assert.deepEqual(names('ou'), ['Koumac', 'Nouméa', 'Lifou', 'Ouvéa']);
  });

  it('finds a commune by the start of its postal or INSEE code', () => {
    assert.deepEqual(names('98800'), ['Nouméa']);
    assert.deepEqual(names('98814'), ['Lifou', 'Ouvéa']);
  });

  it('matches everything when nothing is typed, and nothing for a name no commune has', () => {
    assert.equal(names('').length, communes.length);
    assert.equal(names(' - ').length, communes.length);
    assert.deepEqual(names('paris'), []);
  });
});

describe('communesByProvince', () => {
  it('lists Sud, Nord and the Islands in that order, names sorted as French sorts them', () => {
    const groups = communesByProvince(communes, '');
    assert.deepEqual(
      groups.map((g) => [g.province, g.communes.map((c) => c.name)]),
      [
        ['SUD', ['Dumbéa', 'Île des Pins', 'Nouméa']],
        ['NORD', ['Kaala-Gomen', 'Koné', 'Koumac']],
        ['ILES', ['Lifou', 'Ouvéa']],
      ],
    );
  });

  it('leaves out the provinces with no commune matching', () => {
    assert.deepEqual(
      communesByProvince(communes, 'kone').map((g) => g.province),
      ['NORD'],
    );
    assert.deepEqual(communesByProvince(communes, 'xyz'), []);
  });
});
