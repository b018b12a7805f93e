import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byName, compareNames } from './french-order.ts';

describe('French order of names', () => {
  it('puts "Île des Pins" under I, not after every unaccented name', () => {
    const names = ['Koné', 'Île des Pins', 'Houaïlou', 'Isle', 'Bourail'];
    assert.deepEqual(names.sort(compareNames), ['Bourail', 'Houaïlou', 'Île des Pins', 'Isle', 'Koné']);
  });

  it('reads accents only to break ties: "Ouégoa" before "Ouvéa", "Poya" after "Pouébo"', () => {
    const communes = [{ name: 'Ouvéa' }, { name: 'Poya' }, { name: 'Ouégoa' }, { name: 'Pouébo' }];
    assert.deepEqual(
      communes.sort(byName).map((c) => c.name),
      ['Ouégoa', 'Ouvéa', 'Pouébo', 'Poya'],
    );
  });
});
