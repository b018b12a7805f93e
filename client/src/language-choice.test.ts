import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGE_KEY, rememberedLanguage, rememberLanguage, startingLanguage } from './language-choice.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('the remembered language', () => {
  it('reads back what was chosen', () => {
    const store = memoryStore();
    rememberLanguage(store, 'en');
    assert.equal(rememberedLanguage(store), 'en');
  });

  it('is none when nothing, or a language the app does not speak, is stored', () => {
    assert.equal(rememberedLanguage(memoryStore()), null);
    assert.equal(rememberedLanguage(memoryStore({ [LANGUAGE_KEY]: 'de' })), null);
    assert.equal(rememberedLanguage(null), null);
  });

  it('survives a storage that refuses to be read or written', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    assert.doesNotThrow(() => rememberLanguage(refusing, 'en'));
    assert.equal(rememberedLanguage(refusing), null);
  });
});

describe('the language a visit opens in', () => {
  it('is the address’s first, then the remembered one, then the default', () => {
    assert.equal(startingLanguage('fr', 'en', 'fr'), 'fr');
    assert.equal(startingLanguage(null, 'en', 'fr'), 'en');
    assert.equal(startingLanguage(null, null, 'fr'), 'fr');
  });
});
