import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random.ts';
import { createNameMaker, ofPlace, twoDigits } from './place-names.ts';

test('invented names are unique, capitalised and avoid reserved names', () => {
  const reserved = ['Koné', 'Poum'];
  const next = createNameMaker(createRandom('names'), reserved);
  const names = Array.from({ length: 3000 }, next);
  assert.equal(new Set(names).size, names.length);
  for (const name of names) {
    assert.match(name, /^\p{Lu}\p{Ll}+$/u);
    assert.ok(!reserved.includes(name), name);
  }
});

test('ofPlace elides before vowels and handles the Île', () => {
  assert.equal(ofPlace('Koné'), 'de Koné');
  assert.equal(ofPlace('Ouvéa'), "d'Ouvéa");
  assert.equal(ofPlace('Île des Pins'), "de l'Île des Pins");
  assert.equal(ofPlace('Yaté'), 'de Yaté');
});

test('twoDigits pads', () => {
  assert.equal(twoDigits(7), '07');
  assert.equal(twoDigits(12), '12');
});
