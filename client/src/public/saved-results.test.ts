import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NearestAnswer } from './public-api.ts';
import { loadNearest, SAVED_NEAREST_KEY, saveNearest, type SavedNearest } from './saved-results.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const terminal = {
  id: 62,
  siteName: 'Médiathèque de Poindimié',
  status: 'active',
  openingHours: '24/7',
  communeInsee: '98822',
  communeName: 'Poindimié',
  distanceM: 317,
  lon: 165.331389,
  lat: -20.936905,
} as NearestAnswer['terminals'][number];

const saved: SavedNearest = {
  place: { kind: 'position', lon: 165.3342, lat: -20.938, label: null },
  answer: { origin: { lon: 165.3342, lat: -20.938 }, onIsland: true, terminals: [terminal], unavailable: [] },
  savedAt: '2025-05-12T10:32:00.000Z',
};

describe('saved nearest terminals', () => {
  it('reads back what was saved', () => {
    const store = memoryStore();
    saveNearest(store, saved);
    assert.deepEqual(loadNearest(store), saved);
  });

  it('has nothing when nothing was saved, or no storage exists', () => {
    assert.equal(loadNearest(memoryStore()), null);
    assert.equal(loadNearest(null), null);
    saveNearest(null, saved);
  });

  it('ignores text that is not JSON, or not in the shape it writes', () => {
    assert.equal(loadNearest(memoryStore({ [SAVED_NEAREST_KEY]: '{oops' })), null);
    const noTerminals = { ...saved, answer: { origin: saved.answer.origin, unavailable: [] } };
    assert.equal(loadNearest(memoryStore({ [SAVED_NEAREST_KEY]: JSON.stringify(noTerminals) })), null);
    const badPlace = { ...saved, place: { kind: 'elsewhere', lon: 1, lat: 2, label: null } };
    assert.equal(loadNearest(memoryStore({ [SAVED_NEAREST_KEY]: JSON.stringify(badPlace) })), null);
    const badDate = { ...saved, savedAt: 'yesterday' };
    assert.equal(loadNearest(memoryStore({ [SAVED_NEAREST_KEY]: JSON.stringify(badDate) })), null);
  });

  it('survives a store that refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    assert.doesNotThrow(() => saveNearest(full, saved));
  });
});
