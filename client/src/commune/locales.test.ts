// The commune workspace's texts (locales/commune.*.json): the same keys in French and English,
// and one for every status, kind, province, stage and slip the code names by value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../locales/commune.en.json' with { type: 'json' };
import fr from '../locales/commune.fr.json' with { type: 'json' };
import { projectKinds, projectStatuses } from './commune-api.ts';
import { provinces } from './commune-search.ts';
import { progressOrder } from './project-schedule.ts';

/** Every key path, plural forms folded into their base key (French has a `many` form English lacks). */
function keys(tree: object, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (value && typeof value === 'object') for (const inner of keys(value, `${path}.`)) found.add(inner);
    else found.add(path);
  }
  return found;
}

const french = keys(fr);
const english = keys(en);

describe('commune locales', () => {
  it('say the same things in French and English', () => {
    assert.deepEqual(
      [...french].filter((key) => !english.has(key)),
      [],
      'in French only',
    );
    assert.deepEqual(
      [...english].filter((key) => !french.has(key)),
      [],
      'in English only',
    );
  });

  it('name every value the code looks up', () => {
    const wanted = [
      ...projectStatuses.map((status) => `status.${status}`),
      ...projectKinds.map((kind) => `kind.${kind}`),
      ...provinces.map((province) => `province.${province}`),
      ...progressOrder.map((stage) => `progress.${stage}`),
      ...['end-ongoing', 'end-late', 'end-early', 'start-ongoing', 'start-late'].map(
        (slip) => `slip.${slip}`,
      ),
      ...['late', 'lateSoFar', 'early'].map((slip) => `detail.${slip}`),
      ...['fibre', 'dsl', '4g', 'satellite', 'none'].map((connection) => `connection.${connection}`),
    ];
    assert.deepEqual(
      wanted.filter((key) => !french.has(key)),
      [],
    );
  });
});
