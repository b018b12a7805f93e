import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

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

describe('locales', () => {
  it('say the same things in French and English', () => {
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
});
