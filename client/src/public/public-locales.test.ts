import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../locales/public.en.json' with { type: 'json' };
import fr from '../locales/public.fr.json' with { type: 'json' };

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

describe('the public view in French and English', () => {
  it('says the same things in both languages', () => {
    const french = keys(fr);
    const english = keys(en);
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

  it('leaves no text empty', () => {
    const empty = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        value && typeof value === 'object'
          ? empty(value, `${prefix}${key}.`)
          : value === ''
            ? [prefix + key]
            : [],
      );
    assert.deepEqual([...empty(fr), ...empty(en)], []);
  });
});
