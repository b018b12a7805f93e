// GET /api/search: accents, case, typos, prefixes, kinds in order, nothing found, bad input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { SearchResult } from './queries.ts';

/** The fixture, plus a school that bears a commune's name. */
function withNamesake() {
  const data = twoCommunes();
  data.schools.push({ ...data.schools[1]!, name: 'Dumbéa' });
  return data;
}

for (const backend of testBackends()) {
  describe(`search (${backend})`, () => {
    const api = useApi(backend, withNamesake);
    const search = async (q: string, limit = 10) => {
      const { status, body } = await api.json<{ results: SearchResult[] }>(
        `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`,
      );
      assert.equal(status, 200);
      return body.results.map((r) => `${r.kind}:${r.label}:${r.match}`);
    };

    test('ignores accents and case', async () => {
      for (const q of ['noumea', 'NOUMÉA', 'Nouméa', '  nouméa ']) {
        assert.deepEqual(
          (await search(q, 2)).slice(0, 2),
          ['commune:Nouméa:exact', 'settlement:Nouméa:exact'],
          q,
        );
      }
    });

    test('puts a commune before a school of the same name', async () => {
      assert.deepEqual(await search('dumbea', 3), [
        'commune:Dumbéa:exact',
        'settlement:Dumbéa:exact',
        'school:Dumbéa:exact',
      ]);
    });

    test('finds by prefix, then by a part of the name', async () => {
      assert.deepEqual(await search('ecole d'), [
        'school:École de la Tribu:prefix',
        'school:École du Centre:prefix',
      ]);
      assert.deepEqual(await search('tribu'), [
        'tribu:Tribu de Test:prefix',
        'school:École de la Tribu:contains',
      ]);
    });

    test('forgives a typo or a missing letter', async () => {
      assert.equal((await search('Numea', 1))[0], 'commune:Nouméa:fuzzy');
      assert.equal((await search('Dumbae', 1))[0], 'commune:Dumbéa:fuzzy');
      assert.equal((await search('Tribu de Tst', 1))[0], 'tribu:Tribu de Test:fuzzy');
    });

    test('answers an empty list when nothing matches', async () => {
      assert.deepEqual(await search('Wellington'), []);
    });

    test('gives each result its kind, commune and place', async () => {
      const { body } = await api.json<{ results: SearchResult[] }>('/api/search?q=marina');
      assert.deepEqual(body.results[0], {
        kind: 'wifi',
        ref: '2',
        label: 'Marina',
        category: 'maintenance',
        communeInsee: '98818',
        communeName: 'Nouméa',
        lon: 166.46,
        lat: -22.28,
        match: 'exact',
      });
    });

    test('treats wildcards and quotes in the query as plain text', async () => {
      assert.deepEqual(await search("%_'"), []);
    });

    test('keeps to the limit', async () => {
      assert.equal((await search('e', 2)).length, 2);
    });
  });
}
