// The glossary: every figure defined in both languages, and served as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { glossary, glossaryTermIds } from './terms.ts';

test('every term has a label and a definition in French and in English, none shared', () => {
  for (const id of glossaryTermIds) {
    const { label, definition } = glossary[id];
    for (const text of [label.fr, label.en, definition.fr, definition.en])
      assert.ok(text.trim().length > 0, id);
    assert.notEqual(definition.fr, definition.en, `${id}: not translated`);
  }
  const definitions = glossaryTermIds.map((id) => glossary[id].definition.en);
  assert.equal(new Set(definitions).size, definitions.length);
});

test('the definitions say what the brief fixed: backbone cables do not count, pupils never mix', () => {
  assert.match(glossary.distanceToFibre.definition.en, /deployed as of/);
  assert.match(glossary.distanceToFibre.definition.en, /Backbone cables do not count/);
  assert.match(glossary.covered.definition.en, /0 m/);
  assert.match(glossary.late.definition.en, /cancelled project is never late/);
  assert.match(glossary.inhabitants.definition.en, /Never added to pupils/);
});

for (const backend of testBackends()) {
  describe(`GET /api/glossary (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    test('lists every term in order, with its words and fields', async () => {
      const { status, body } = await api.json<{ terms: { id: string; label: object; definition: object }[] }>(
        '/api/glossary',
      );
      assert.equal(status, 200);
      assert.deepEqual(
        body.terms.map((term) => term.id),
        [...glossaryTermIds],
      );
      assert.deepEqual(body.terms[0], { id: 'distanceToFibre', ...glossary.distanceToFibre });
    });

    test('takes no parameter', async () => {
      const res = await api.request('/api/glossary?lang=fr');
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { parameter: string }).parameter, 'lang');
    });
  });
}
