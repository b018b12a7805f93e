// Every screen says the same things in French and English, and leaves no text empty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import communeEn from './commune.en.json' with { type: 'json' };
import communeFr from './commune.fr.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import publicEn from './public.en.json' with { type: 'json' };
import publicFr from './public.fr.json' with { type: 'json' };
import requestsEn from './requests.en.json' with { type: 'json' };
import requestsFr from './requests.fr.json' with { type: 'json' };

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

function emptyTexts(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? emptyTexts(value, `${prefix}${key}.`)
      : value === ''
        ? [prefix + key]
        : [],
  );
}

const files: [name: string, french: object, english: object][] = [
  ['shared', fr, en],
  ['commune', communeFr, communeEn],
  ['public', publicFr, publicEn],
  ['requests', requestsFr, requestsEn],
];

describe('locales', () => {
  for (const [name, french, english] of files) {
    it(`${name}: the same things in French and English`, () => {
      const [frKeys, enKeys] = [keys(french), keys(english)];
      assert.deepEqual(
        [...frKeys].filter((key) => !enKeys.has(key)),
        [],
        'in French only',
      );
      assert.deepEqual(
        [...enKeys].filter((key) => !frKeys.has(key)),
        [],
        'in English only',
      );
    });
    it(`${name}: no text left empty`, () => {
      assert.deepEqual([...emptyTexts(french), ...emptyTexts(english)], []);
    });
  }
});
